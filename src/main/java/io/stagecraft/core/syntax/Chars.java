package io.stagecraft.core.syntax;

/** Character classes shared by the scanners, matching Go's definitions that BuildKit uses. */
final class Chars {
  private Chars() {}

  /** Go's unicode.IsSpace for the characters that occur in Dockerfiles. */
  static boolean isSpace(char c) {
    if (c > ' ' && c < 0x85) {
      return false;
    }
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\r'
        || c == '\u000B'
        || c == '\f'
        || c == '\u0085'
        || c == '\u00A0'
        || (c > 0xff && Character.isWhitespace(c));
  }

  static int skipSpaces(CharSequence s, int from, int to) {
    while (from < to && isSpace(s.charAt(from))) {
      from++;
    }
    return from;
  }

  static int trimTrailingSpaces(CharSequence s, int from, int to) {
    while (to > from && isSpace(s.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  static boolean isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  static boolean isNamePart(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }
}
