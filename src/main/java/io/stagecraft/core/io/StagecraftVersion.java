package io.stagecraft.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Stagecraft's own version, as the pom gives it: the build writes it into {@value #RESOURCE} (a
 * filtered resource), so the command line, the About dialog and the SARIF report never carry a
 * number of their own that could drift from the release.
 */
public final class StagecraftVersion {
  static final String RESOURCE = "/io/stagecraft/stagecraft-version.properties";

  private static final String VERSION = read();

  private StagecraftVersion() {}

  /** The version, for example {@code 0.1.0}. */
  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = StagecraftVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing: the build did not run");
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "").strip();
      // An unfiltered copy (an IDE that skips Maven's resource step) still holds the placeholder.
      if (version.isEmpty() || version.startsWith("${")) {
        throw new IllegalStateException(RESOURCE + " was not filled in by the build: " + version);
      }
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
