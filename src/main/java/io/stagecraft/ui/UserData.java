package io.stagecraft.ui;

import java.nio.file.Path;
import java.util.Map;

/**
 * The folder where Stagecraft keeps files of its own for the user, such as the sample's sources:
 * {@code $XDG_DATA_HOME/stagecraft}, else {@code ~/.local/share/stagecraft}, as the XDG base
 * directory specification asks. The system property {@value #PROPERTY} overrides it, so tests and
 * portable installs keep to a folder of their own.
 */
public final class UserData {
  public static final String PROPERTY = "stagecraft.dataDir";

  private UserData() {}

  public static Path folder() {
    return folder(System.getProperty(PROPERTY), System.getenv(), System.getProperty("user.home"));
  }

  static Path folder(String override, Map<String, String> env, String home) {
    if (override != null && !override.isBlank()) {
      return Path.of(override).toAbsolutePath();
    }
    String xdg = env.get("XDG_DATA_HOME");
    // The specification says a relative XDG_DATA_HOME is invalid and to be ignored.
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "stagecraft");
    }
    return Path.of(home, ".local", "share", "stagecraft");
  }
}
