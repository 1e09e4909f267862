package io.stagecraft.core.context;

import java.util.Optional;

/**
 * The syntax check Docker applies to every ignore pattern before using it: the pattern must be
 * accepted by Go's {@code filepath.Match} (Unix rules, where {@code \} escapes the next character).
 */
final class GlobSyntax {

  private GlobSyntax() {}

  /** Returns why the pattern is malformed, or empty when {@code filepath.Match} would accept it. */
  static Optional<String> problem(String pattern) {
    int i = 0;
    int length = pattern.length();
    while (i < length) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        if (i + 1 >= length) {
          return Optional.of("a trailing \\ escapes nothing");
        }
        i += 1 + Character.charCount(pattern.codePointAt(i + 1));
      } else if (c == '[') {
        int end = endOfClass(pattern, i + 1);
        if (end < 0) {
          return Optional.of("malformed character class starting at column " + (i + 1));
        }
        i = end;
      } else {
        i += Character.charCount(pattern.codePointAt(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Walks a character class the way Go's {@code matchChunk} does and returns the index just past
   * its closing bracket, or -1 when the class is malformed.
   */
  private static int endOfClass(String pattern, int start) {
    int i = start;
    if (i < pattern.length() && pattern.charAt(i) == '^') {
      i++;
    }
    int ranges = 0;
    while (true) {
      if (i < pattern.length() && pattern.charAt(i) == ']' && ranges > 0) {
        return i + 1;
      }
      i = afterClassChar(pattern, i);
      if (i < 0) {
        return -1;
      }
      if (pattern.charAt(i) == '-') {
        i = afterClassChar(pattern, i + 1);
        if (i < 0) {
          return -1;
        }
      }
      ranges++;
    }
  }

  /** Go's {@code getEsc}: one possibly escaped character that must be followed by more pattern. */
  private static int afterClassChar(String pattern, int i) {
    if (i >= pattern.length() || pattern.charAt(i) == '-' || pattern.charAt(i) == ']') {
      return -1;
    }
    if (pattern.charAt(i) == '\\') {
      i++;
      if (i >= pattern.length()) {
        return -1;
      }
    }
    i += Character.charCount(pattern.codePointAt(i));
    return i >= pattern.length() ? -1 : i;
  }
}
