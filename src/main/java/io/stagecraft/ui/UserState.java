package io.stagecraft.ui;

import java.nio.file.Path;
import java.util.Map;

/**
 * The folder where Stagecraft keeps what it writes about its own running, such as its log and the
 * failures nobody caught: {@code $XDG_STATE_HOME/stagecraft}, else {@code
 * ~/.local/state/stagecraft}, as the XDG base directory specification asks. The system property
 * {@value #PROPERTY} overrides it, so tests keep to a folder of their own.
 */
public final class UserState {
  public static final String PROPERTY = "stagecraft.stateDir";

  private UserState() {}

  public static Path folder() {
    return folder(System.getProperty(PROPERTY), System.getenv(), System.getProperty("user.home"));
  }

  static Path folder(String override, Map<String, String> env, String home) {
    if (override != null && !override.isBlank()) {
      return Path.of(override).toAbsolutePath();
    }
    String xdg = env.get("XDG_STATE_HOME");
    // The specification says a relative path there is invalid and to be ignored.
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "stagecraft");
    }
    return Path.of(home, ".local", "state", "stagecraft");
  }
}
