package io.stagecraft.core.context;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Translates the regular expression that moby/patternmatcher builds from an ignore pattern into an
 * equivalent {@link Pattern}.
 *
 * <p>Docker compiles that expression with Go's RE2 syntax, not Java's. Characters of the user's
 * pattern reach the expression unescaped (for example {@code ^}, {@code [[:alpha:]]} or {@code
 * \d}), so the text is parsed here with RE2's rules and re-emitted in a form whose meaning is the
 * same in Java: every class is flattened to explicit code point ranges, {@code .} excludes only a
 * newline and {@code $} is the end of the text.
 */
final class GoRegexTranslator {

  private static final CodePointRanges DIGIT = CodePointRanges.of('0', '9');
  private static final CodePointRanges SPACE = CodePointRanges.of('\t', '\n', '\f', '\r', ' ', ' ');
  private static final CodePointRanges WORD =
      CodePointRanges.of('0', '9', 'A', 'Z', '_', '_', 'a', 'z');

  private static final Map<String, CodePointRanges> POSIX_CLASSES =
      Map.ofEntries(
          Map.entry("alnum", CodePointRanges.of('0', '9', 'A', 'Z', 'a', 'z')),
          Map.entry("alpha", CodePointRanges.of('A', 'Z', 'a', 'z')),
          Map.entry("ascii", CodePointRanges.of(0, 0x7F)),
          Map.entry("blank", CodePointRanges.of('\t', '\t', ' ', ' ')),
          Map.entry("cntrl", CodePointRanges.of(0, 0x1F, 0x7F, 0x7F)),
          Map.entry("digit", CodePointRanges.of('0', '9')),
          Map.entry("graph", CodePointRanges.of('!', '~')),
          Map.entry("lower", CodePointRanges.of('a', 'z')),
          Map.entry("print", CodePointRanges.of(' ', '~')),
          Map.entry("punct", CodePointRanges.of('!', '/', ':', '@', '[', '`', '{', '~')),
          Map.entry("space", CodePointRanges.of('\t', '\r', ' ', ' ')),
          Map.entry("upper", CodePointRanges.of('A', 'Z')),
          Map.entry("word", CodePointRanges.of('0', '9', 'A', 'Z', '_', '_', 'a', 'z')),
          Map.entry("xdigit", CodePointRanges.of('0', '9', 'A', 'F', 'a', 'f')));

  private final String source;
  private int position;
  private final StringBuilder out = new StringBuilder();

  private GoRegexTranslator(String source) {
    this.source = source;
  }

  /**
   * Compiles a Go regular expression of the shape patternmatcher produces.
   *
   * @throws IllegalArgumentException when RE2 would reject the expression, or it uses an RE2
   *     feature (Unicode classes {@code \p}) that has no exact equivalent here
   */
  static Pattern compile(String goRegex) {
    GoRegexTranslator translator = new GoRegexTranslator(goRegex);
    translator.translate();
    try {
      return Pattern.compile(translator.out.toString());
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("cannot be compiled: " + e.getDescription(), e);
    }
  }

  private void translate() {
    while (position < source.length()) {
      int c = source.codePointAt(position);
      position += Character.charCount(c);
      switch (c) {
        case '^' -> out.append("^");
        case '$' -> out.append("\\z");
        case '.' -> out.append("[^\\n]");
        case '(' -> out.append("(?:");
        case ')', '*', '?', '+', '|' -> out.appendCodePoint(c);
        case '[' -> out.append(characterClass());
        case '\\' -> escapeOutsideClass();
        default -> out.append(CodePointRanges.literal(c));
      }
    }
  }

  private void escapeOutsideClass() {
    if (position >= source.length()) {
      throw new IllegalArgumentException("a trailing \\ escapes nothing");
    }
    int c = source.codePointAt(position);
    switch (c) {
      case 'A' -> {
        position++;
        out.append("\\A");
      }
      case 'z' -> {
        position++;
        out.append("\\z");
      }
      case 'b' -> {
        position++;
        out.append("\\b");
      }
      case 'B' -> {
        position++;
        out.append("\\B");
      }
      case 'Q' -> quotedText();
      default -> {
        CodePointRanges perl = perlClass();
        if (perl != null) {
          out.append(perl.toJavaRegex());
        } else {
          out.append(CodePointRanges.literal(escapedCharacter()));
        }
      }
    }
  }

  /** RE2's {@code \Q...\E}: everything up to {@code \E} (or the end) is literal. */
  private void quotedText() {
    position++;
    int end = source.indexOf("\\E", position);
    String literal = end < 0 ? source.substring(position) : source.substring(position, end);
    literal.codePoints().forEach(cp -> out.append(CodePointRanges.literal(cp)));
    position = end < 0 ? source.length() : end + 2;
  }

  /** Parses {@code \d \D \s \S \w \W} at the current position (just after the backslash). */
  private CodePointRanges perlClass() {
    int c = source.charAt(position);
    CodePointRanges set =
        switch (c) {
          case 'd', 'D' -> DIGIT;
          case 's', 'S' -> SPACE;
          case 'w', 'W' -> WORD;
          default -> null;
        };
    if (set == null) {
      return null;
    }
    position++;
    return Character.isUpperCase(c) ? set.complement() : set;
  }

  /**
   * RE2's {@code parseEscape}, positioned just after the backslash; returns the escaped code point.
   */
  private int escapedCharacter() {
    int c = source.codePointAt(position);
    position += Character.charCount(c);
    if (c < 0x80 && !Character.isLetterOrDigit(c)) {
      return c;
    }
    switch (c) {
      case '1', '2', '3', '4', '5', '6', '7':
        if (position >= source.length() || !isOctal(source.charAt(position))) {
          throw new IllegalArgumentException(
              "back references such as \\" + (char) c + " are not supported");
        }
        return octal(c);
      case '0':
        return octal(c);
      case 'x':
        return hex();
      case 'a':
        return 7;
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'v':
        return 0x0B;
      case 'p', 'P':
        throw new IllegalArgumentException(
            "Unicode classes such as \\" + (char) c + " are not supported");
      default:
        throw new IllegalArgumentException(
            "invalid escape sequence \\" + new String(Character.toChars(c)));
    }
  }

  private int octal(int first) {
    int value = first - '0';
    for (int digits = 1;
        digits < 3 && position < source.length() && isOctal(source.charAt(position));
        digits++) {
      value = value * 8 + (source.charAt(position) - '0');
      position++;
    }
    return value;
  }

  private int hex() {
    if (position < source.length() && source.charAt(position) == '{') {
      int end = source.indexOf('}', position);
      if (end < 0) {
        throw new IllegalArgumentException("invalid escape sequence \\x{ without closing }");
      }
      String digits = source.substring(position + 1, end);
      position = end + 1;
      return hexValue(digits);
    }
    if (position + 2 > source.length()) {
      throw new IllegalArgumentException("invalid escape sequence \\x needs two hex digits");
    }
    String digits = source.substring(position, position + 2);
    position += 2;
    return hexValue(digits);
  }

  private static int hexValue(String digits) {
    if (digits.isEmpty() || !digits.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
      throw new IllegalArgumentException("invalid hex escape \\x" + digits);
    }
    long value = Long.parseLong(digits.length() > 8 ? "7fffffff" : digits, 16);
    if (value > CodePointRanges.MAX) {
      throw new IllegalArgumentException("hex escape \\x" + digits + " is beyond Unicode");
    }
    return (int) value;
  }

  private static boolean isOctal(char c) {
    return c >= '0' && c <= '7';
  }

  /** RE2's {@code parseClass}, positioned just after the opening bracket. */
  private String characterClass() {
    CodePointRanges members = new CodePointRanges();
    boolean negated = false;
    if (position < source.length() && source.charAt(position) == '^') {
      negated = true;
      position++;
    }
    boolean first = true;
    while (position >= source.length() || source.charAt(position) != ']' || first) {
      if (position >= source.length()) {
        throw new IllegalArgumentException("missing closing ] in a character class");
      }
      first = false;
      if (source.startsWith("[:", position) && posixClass(members)) {
        continue;
      }
      if (source.startsWith("\\p", position) || source.startsWith("\\P", position)) {
        throw new IllegalArgumentException("Unicode classes such as \\p are not supported");
      }
      if (source.charAt(position) == '\\' && position + 1 < source.length()) {
        position++;
        CodePointRanges perl = perlClass();
        if (perl != null) {
          members.addAll(perl);
          continue;
        }
        position--;
      }
      int lo = classCharacter();
      int hi = lo;
      if (position + 1 < source.length()
          && source.charAt(position) == '-'
          && source.charAt(position + 1) != ']') {
        position++;
        hi = classCharacter();
        if (hi < lo) {
          throw new IllegalArgumentException(
              "invalid character class range "
                  + new String(Character.toChars(lo))
                  + "-"
                  + new String(Character.toChars(hi)));
        }
      }
      members.add(lo, hi);
    }
    position++;
    return (negated ? members.complement() : members).toJavaRegex();
  }

  private boolean posixClass(CodePointRanges members) {
    int end = source.indexOf(":]", position + 2);
    if (end < 0) {
      return false;
    }
    String name = source.substring(position + 2, end);
    boolean negated = name.startsWith("^");
    CodePointRanges set = POSIX_CLASSES.get(negated ? name.substring(1) : name);
    if (set == null) {
      throw new IllegalArgumentException("invalid character class range [:" + name + ":]");
    }
    members.addAll(negated ? set.complement() : set);
    position = end + 2;
    return true;
  }

  private int classCharacter() {
    if (position >= source.length()) {
      throw new IllegalArgumentException("missing closing ] in a character class");
    }
    if (source.charAt(position) == '\\') {
      position++;
      if (position >= source.length()) {
        throw new IllegalArgumentException("a trailing \\ escapes nothing");
      }
      return escapedCharacter();
    }
    int c = source.codePointAt(position);
    position += Character.charCount(c);
    return c;
  }
}
