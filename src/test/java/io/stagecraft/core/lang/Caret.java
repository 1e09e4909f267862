package io.stagecraft.core.lang;

/** A text with its caret written as {@code |}, for tests that ask at a position. */
record Caret(String text, int offset) {
  static Caret of(String marked) {
    int at = marked.indexOf('|');
    if (at < 0 || marked.indexOf('|', at + 1) >= 0) {
      throw new IllegalArgumentException("mark the caret with exactly one |");
    }
    return new Caret(marked.substring(0, at) + marked.substring(at + 1), at);
  }

  Analysis analysis() {
    return Analysis.of(text);
  }
}
