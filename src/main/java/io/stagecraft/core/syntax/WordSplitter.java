package io.stagecraft.core.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits argument text into words the way BuildKit's {@code parseWords} does: whitespace separates
 * words except inside quotes, and quotes and escapes stay in the word.
 */
final class WordSplitter {
  private WordSplitter() {}

  /** Start and end offsets of each word within {@code [from, to)}, as pairs in one array. */
  static int[] split(CharSequence s, int from, int to, char escape) {
    List<int[]> words = new ArrayList<>();
    int pos = from;
    while (pos < to) {
      pos = Chars.skipSpaces(s, pos, to);
      if (pos >= to) {
        break;
      }
      int start = pos;
      char quote = 0;
      while (pos < to) {
        char c = s.charAt(pos);
        if (quote == 0) {
          if (Chars.isSpace(c)) {
            break;
          }
          if (c == '\'' || c == '"') {
            quote = c;
          } else if (c == escape && pos + 1 < to) {
            pos++;
          }
        } else if (c == quote) {
          quote = 0;
        } else if (c == escape && quote != '\'' && pos + 1 < to) {
          pos++;
        }
        pos++;
      }
      words.add(new int[] {start, pos});
    }
    int[] flat = new int[words.size() * 2];
    for (int i = 0; i < words.size(); i++) {
      flat[2 * i] = words.get(i)[0];
      flat[2 * i + 1] = words.get(i)[1];
    }
    return flat;
  }

  /** Start and end offsets of each run of non-whitespace within {@code [from, to)}. */
  static int[] splitOnWhitespace(CharSequence s, int from, int to) {
    int[] flat = new int[8];
    int n = 0;
    int pos = from;
    while (true) {
      pos = Chars.skipSpaces(s, pos, to);
      if (pos >= to) {
        break;
      }
      int start = pos;
      while (pos < to && !Chars.isSpace(s.charAt(pos))) {
        pos++;
      }
      if (n + 2 > flat.length) {
        flat = java.util.Arrays.copyOf(flat, flat.length * 2);
      }
      flat[n++] = start;
      flat[n++] = pos;
    }
    return java.util.Arrays.copyOf(flat, n);
  }

  /** The shell-unquoted value of a word: quotes removed, backslash escapes resolved. */
  static String unquote(CharSequence s, int from, int to, char escape) {
    StringBuilder out = new StringBuilder(to - from);
    char quote = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (quote == 0 && (c == '\'' || c == '"')) {
        quote = c;
      } else if (quote != 0 && c == quote) {
        quote = 0;
      } else if (c == escape && quote != '\'' && i + 1 < to) {
        out.append(s.charAt(++i));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
