package io.stagecraft.core.model;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Substitutes ARG values into a word: {@code $X}, {@code ${X}}, {@code ${X:-word}}, {@code
 * ${X-word}}, {@code ${X:+word}} and {@code ${X+word}}.
 *
 * <p>Three readings of the same word share one scanner: the strict one refuses (returns null) when
 * a variable is unknown, so callers can keep the written text; BuildKit's reads an unknown or unset
 * variable as empty, as its shell lexer does; and the pattern reading gives a regular expression
 * that matches what the word could become under any values, which is how a reference that depends
 * on build args finds the stages it can name.
 */
public final class ArgExpander {
  private enum Mode {
    STRICT,
    BUILDKIT,
    PATTERN
  }

  private static final ArgExpander PATTERN = new ArgExpander(Map.of(), Mode.PATTERN);

  private final Map<String, String> values;
  private final Mode mode;

  /** The strict reading: null when a variable is unknown. */
  public ArgExpander(Map<String, String> values) {
    this(values, Mode.STRICT);
  }

  private ArgExpander(Map<String, String> values, Mode mode) {
    this.values = values;
    this.mode = mode;
  }

  /** BuildKit's reading: a variable with no value (unknown, or declared without one) is empty. */
  public static ArgExpander buildkit(Map<String, String> values) {
    return new ArgExpander(values, Mode.BUILDKIT);
  }

  /** A regular expression that matches every text {@code word} can expand to. */
  public static Pattern pattern(String word) {
    String regex = PATTERN.expand(word);
    return Pattern.compile(regex == null ? Pattern.quote(word) : regex, Pattern.CASE_INSENSITIVE);
  }

  /** Whether {@code word} refers to a variable at all. */
  public static boolean hasVariables(String word) {
    for (int i = 0; i + 1 < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '$' && (word.charAt(i + 1) == '{' || nameEnd(word, i + 1) > i + 1)) {
        return true;
      }
    }
    return false;
  }

  /** The expanded word, or null when it cannot be known statically (strict reading only). */
  public String expand(String word) {
    if (word.indexOf('$') < 0
        && word.indexOf('\\') < 0
        && word.indexOf('"') < 0
        && word.indexOf('\'') < 0) {
      return literal(word);
    }
    StringBuilder out = new StringBuilder();
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < word.length()) {
      char c = word.charAt(i);
      if (c == '"') {
        i++; // double quotes group a word but still expand what they hold
        continue;
      }
      if (c == '\'') {
        int close = word.indexOf('\'', i + 1);
        if (close > i) {
          text.append(word, i + 1, close); // single quotes hold text as it is
          i = close + 1;
          continue;
        }
      }
      if (c == '\\' && i + 1 < word.length()) {
        text.append(word.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c != '$' || i + 1 >= word.length()) {
        text.append(c);
        i++;
        continue;
      }
      String value;
      if (word.charAt(i + 1) == '{') {
        int close = matchingBrace(word, i + 2);
        if (close < 0) {
          return null;
        }
        value = braced(word.substring(i + 2, close));
        i = close + 1;
      } else {
        int end = nameEnd(word, i + 1);
        if (end == i + 1) {
          text.append(c);
          i++;
          continue;
        }
        value = variable(word.substring(i + 1, end));
        i = end;
      }
      if (value == null) {
        return null;
      }
      out.append(literal(text.toString())).append(value);
      text.setLength(0);
    }
    return out.append(literal(text.toString())).toString();
  }

  private String literal(String text) {
    return mode == Mode.PATTERN && !text.isEmpty() ? Pattern.quote(text) : text;
  }

  private String variable(String name) {
    return switch (mode) {
      case STRICT -> values.get(name);
      case BUILDKIT -> values.getOrDefault(name, "");
      case PATTERN -> ".*";
    };
  }

  private static int nameEnd(String word, int from) {
    int end = from;
    while (end < word.length()
        && (Character.isLetterOrDigit(word.charAt(end)) || word.charAt(end) == '_')) {
      end++;
    }
    return end;
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
    int nameEnd = nameEnd(inner, 0);
    String name = inner.substring(0, nameEnd);
    String op = inner.substring(nameEnd);
    if (op.isEmpty()) {
      return variable(name);
    }
    boolean colon = op.startsWith(":");
    String rest = colon ? op.substring(1) : op;
    if (rest.isEmpty()) {
      return null;
    }
    char kind = rest.charAt(0);
    String word = rest.substring(1);
    if (kind != '-' && kind != '+') {
      return null;
    }
    if (mode == Mode.PATTERN) {
      String alternative = expand(word);
      return kind == '-' ? "(?:.*|" + alternative + ")" : "(?:" + alternative + ")?";
    }
    String value = values.get(name);
    boolean set = value != null && (!colon || !value.isEmpty());
    if (kind == '-') {
      return set ? value : expand(word);
    }
    if (value == null && mode == Mode.STRICT) {
      return null;
    }
    return set ? expand(word) : "";
  }
}
