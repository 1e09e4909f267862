package io.stagecraft.core.model;

import java.util.Map;

/**
 * Substitutes ARG values into a word: {@code $X}, {@code ${X}}, {@code ${X:-word}}, {@code
 * ${X-word}}, {@code ${X:+word}} and {@code ${X+word}}. It refuses (returns null) when a variable
 * is unknown or a form is not supported, so callers can keep the written text.
 */
public final class ArgExpander {
  private final Map<String, String> values;

  public ArgExpander(Map<String, String> values) {
    this.values = values;
  }

  /** The expanded word, or null when it cannot be known statically. */
  public String expand(String word) {
    if (word.indexOf('$') < 0) {
      return word;
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < word.length()) {
      char c = word.charAt(i);
      if (c == '\\' && i + 1 < word.length()) {
        out.append(word.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c != '$' || i + 1 >= word.length()) {
        out.append(c);
        i++;
        continue;
      }
      if (word.charAt(i + 1) == '{') {
        int close = matchingBrace(word, i + 2);
        if (close < 0) {
          return null;
        }
        String value = braced(word.substring(i + 2, close));
        if (value == null) {
          return null;
        }
        out.append(value);
        i = close + 1;
        continue;
      }
      int end = i + 1;
      while (end < word.length()
          && (Character.isLetterOrDigit(word.charAt(end)) || word.charAt(end) == '_')) {
        end++;
      }
      if (end == i + 1) {
        out.append(c);
        i++;
        continue;
      }
      String value = values.get(word.substring(i + 1, end));
      if (value == null) {
        return null;
      }
      out.append(value);
      i = end;
    }
    return out.toString();
  }

  private static int matchingBrace(String word, int from) {
    int depth = 1;
    for (int i = from; i < word.length(); i++) {
      if (word.charAt(i) == '{') {
        depth++;
      } else if (word.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private String braced(String inner) {
    int nameEnd = 0;
    while (nameEnd < inner.length()
        && (Character.isLetterOrDigit(inner.charAt(nameEnd)) || inner.charAt(nameEnd) == '_')) {
      nameEnd++;
    }
    String name = inner.substring(0, nameEnd);
    String op = inner.substring(nameEnd);
    String value = values.get(name);
    if (op.isEmpty()) {
      return value;
    }
    boolean colon = op.startsWith(":");
    String rest = colon ? op.substring(1) : op;
    if (rest.isEmpty()) {
      return null;
    }
    char kind = rest.charAt(0);
    String alternative = rest.substring(1);
    boolean set = value != null && (!colon || !value.isEmpty());
    return switch (kind) {
      case '-' -> set ? value : expand(alternative);
      case '+' -> value == null ? null : (set ? expand(alternative) : "");
      default -> null;
    };
  }
}
