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
    return XdgFolder.resolve(override, env, "XDG_STATE_HOME", home, ".local", "state");
  }
}
