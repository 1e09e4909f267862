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
    String rest = word.substring(i);
    if (rest.isEmpty() || rest.indexOf('<') >= 0) {
      return null;
    }
    String name = WordSplitter.unquote(rest, 0, rest.length(), '\\');
    boolean expand = quotes(name) == quotes(rest);
    return new HeredocMarker(name, fd, chomp, expand);
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
