package io.stagecraft.core.context;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;

/** The few Go standard-library string and path rules that Docker's ignore handling depends on. */
public final class GoText {

  /** Orders strings by their UTF-8 bytes, as Go sorts directory entries and strings. */
  static final Comparator<String> UTF8_ORDER = GoText::compareUtf8;

  private GoText() {}

  /** Go's {@code strings.TrimSpace}: strips leading and trailing Unicode white space. */
  static String trimSpace(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /**
   * Go's {@code unicode.IsSpace}; it differs from {@link Character#isWhitespace} on no-break
   * spaces.
   */
  static boolean isSpace(char c) {
    switch (c) {
      case '\t',
      '\n',
      '\u000B',
      '\f',
      '\r',
      ' ',
      '\u0085',
      '\u00A0',
      '\u1680',
      '\u2028',
      '\u2029',
      '\u202F',
      '\u205F',
      '\u3000':
        return true;
      default:
        return c >= '\u2000' && c <= '\u200A';
    }
  }

  /**
   * Go's {@code path.Clean} for slash-separated paths: collapses repeated slashes, removes {@code
   * .} elements and resolves {@code ..} against the preceding element.
   */
  public static String cleanPath(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean rooted = path.charAt(0) == '/';
    Deque<String> kept = new ArrayDeque<>();
    for (String element : path.split("/", -1)) {
      if (element.isEmpty() || element.equals(".")) {
        continue;
      }
      if (element.equals("..")) {
        if (!kept.isEmpty() && !kept.peekLast().equals("..")) {
          kept.removeLast();
        } else if (!rooted) {
          kept.addLast("..");
        }
        continue;
      }
      kept.addLast(element);
    }
    String joined = String.join("/", kept);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }

  /** Go's {@code path.Dir} of an already clean relative path. */
  static String parentOf(String cleanPath) {
    int slash = cleanPath.lastIndexOf('/');
    return slash < 0 ? "." : cleanPath.substring(0, slash);
  }

  static int compareUtf8(String a, String b) {
    byte[] left = a.getBytes(StandardCharsets.UTF_8);
    byte[] right = b.getBytes(StandardCharsets.UTF_8);
    return Arrays.compareUnsigned(left, right);
  }
}
