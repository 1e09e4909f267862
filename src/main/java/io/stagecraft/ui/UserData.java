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
    return XdgFolder.resolve(override, env, "XDG_DATA_HOME", home, ".local", "share");
  }
}
