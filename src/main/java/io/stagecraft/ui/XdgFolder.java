package io.stagecraft.ui;

import java.nio.file.Path;
import java.util.Map;

/**
 * Stagecraft's folder under one of the XDG base directories: the override if one is given, else
 * {@code $VARIABLE/stagecraft} when that variable holds an absolute path (the specification says a
 * relative one is invalid and to be ignored), else the fallback under the user's home.
 */
final class XdgFolder {
  private XdgFolder() {}

  static Path resolve(
      String override, Map<String, String> env, String variable, String home, String... fallback) {
    if (override != null && !override.isBlank()) {
      return Path.of(override).toAbsolutePath();
    }
    String xdg = env.get(variable);
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "stagecraft");
    }
    return Path.of(home, fallback).resolve("stagecraft");
  }
}
