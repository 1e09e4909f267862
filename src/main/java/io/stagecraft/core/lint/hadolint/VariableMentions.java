package io.stagecraft.core.lint.hadolint;

/** References to Dockerfile and shell variables in plain text. */
final class VariableMentions {
  private VariableMentions() {}

  /**
   * True when {@code text} refers to {@code name} as {@code ${name...}} or as {@code $name} not
   * followed by another character of a name ({@code $BLA} is not in {@code $BLAFOO}).
   */
  static boolean mentions(String text, String name) {
    if (text.contains("${" + name + "}")
        || text.contains("${" + name + ":")
        || text.contains("${" + name + "-")) {
      return true;
    }
    String bare = "$" + name;
    for (int at = text.indexOf(bare); at >= 0; at = text.indexOf(bare, at + 1)) {
      int after = at + bare.length();
      if (after >= text.length() || !isNameChar(text.charAt(after))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNameChar(char ch) {
    return ch == '_'
        || (ch >= '0' && ch <= '9')
        || (ch >= 'a' && ch <= 'z')
        || (ch >= 'A' && ch <= 'Z');
  }
}
