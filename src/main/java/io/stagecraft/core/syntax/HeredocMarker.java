package io.stagecraft.core.syntax;

/**
 * A word that opens a heredoc: {@code [fd]<<[-]DELIM}, as BuildKit's {@code ^(\d*)<<(-?)([^<]*)$}.
 * A quoted delimiter turns off expansion of the body.
 */
record HeredocMarker(String name, int fileDescriptor, boolean chomp, boolean expand) {

  static HeredocMarker of(String word) {
    int i = 0;
    while (i < word.length() && word.charAt(i) >= '0' && word.charAt(i) <= '9') {
      i++;
    }
    if (!word.startsWith("<<", i)) {
      return null;
    }
    int fd = i == 0 ? 0 : parseFd(word.substring(0, i));
    i += 2;
    boolean chomp = i < word.length() && word.charAt(i) == '-';
    if (chomp) {
      i++;
    }
    i = Chars.skipSpaces(word, i, word.length());
    String rest = word.substring(i);
    if (rest.isEmpty() || rest.indexOf('<') >= 0 || hasUnclosedQuote(rest)) {
      return null;
    }
    String name = WordSplitter.unquote(rest, 0, rest.length(), '\\');
    boolean expand = quotes(name) == quotes(rest);
    return new HeredocMarker(name, fd, chomp, expand);
  }

  /** A word that is only {@code [fd]<<}, which BuildKit joins to the word after it. */
  static boolean isBareOperator(String word) {
    int i = 0;
    while (i < word.length() && word.charAt(i) >= '0' && word.charAt(i) <= '9') {
      i++;
    }
    return word.length() == i + 2 && word.startsWith("<<", i);
  }

  /**
   * Whether {@code word} looks like a heredoc marker whose delimiter leaves a quote open, such as
   * {@code <<'EOF}: BuildKit refuses the whole file for it, so it is an error, not a heredoc.
   */
  static boolean hasUnclosedQuoteInDelimiter(String word) {
    int i = 0;
    while (i < word.length() && word.charAt(i) >= '0' && word.charAt(i) <= '9') {
      i++;
    }
    if (!word.startsWith("<<", i)) {
      return false;
    }
    i += 2;
    if (i < word.length() && word.charAt(i) == '-') {
      i++;
    }
    String rest = word.substring(i);
    return !rest.isEmpty() && rest.indexOf('<') < 0 && hasUnclosedQuote(rest);
  }

  /** Shell quoting: a quote opened and never closed, escapes honoured outside single quotes. */
  private static boolean hasUnclosedQuote(String s) {
    char open = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (open == '\'') {
        if (c == '\'') {
          open = 0;
        }
      } else if (c == '\\') {
        i++;
      } else if (open == '"') {
        if (c == '"') {
          open = 0;
        }
      } else if (c == '\'' || c == '"') {
        open = c;
      }
    }
    return open != 0;
  }

  private static int parseFd(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static int quotes(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\'' || s.charAt(i) == '"') {
        n++;
      }
    }
    return n;
  }
}
