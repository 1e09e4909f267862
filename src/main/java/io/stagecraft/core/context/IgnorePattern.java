package io.stagecraft.core.context;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One compiled {@code .dockerignore} pattern, matching exactly as moby/patternmatcher's {@code
 * Pattern} does on Unix: {@code *} and {@code ?} stop at {@code /}, {@code **} spans any number of
 * directories (zero included), {@code [...]} is a character class and {@code \} escapes the next
 * character.
 */
public final class IgnorePattern {

  /**
   * How patternmatcher decides a match; the cheaper kinds compare strings instead of running a
   * regex.
   */
  private enum MatchKind {
    EXACT,
    PREFIX,
    SUFFIX,
    REGEX
  }

  private final String text;
  private final boolean exception;
  private final int lineNumber;
  private final List<String> segments;
  private final MatchKind kind;
  private final Pattern regex;

  private IgnorePattern(
      String text, boolean exception, int lineNumber, MatchKind kind, Pattern regex) {
    this.text = text;
    this.exception = exception;
    this.lineNumber = lineNumber;
    this.segments = List.of(text.split("/", -1));
    this.kind = kind;
    this.regex = regex;
  }

  /**
   * Compiles one pattern as patternmatcher's {@code New} does: trims white space, cleans the path,
   * strips a leading {@code !} (an exception) and checks the glob syntax.
   *
   * @param pattern a non-blank pattern
   * @param lineNumber where it came from, for error messages and {@link #lineNumber()}
   * @throws InvalidDockerIgnoreException when Docker would refuse the pattern
   */
  public static IgnorePattern compile(String pattern, int lineNumber)
      throws InvalidDockerIgnoreException {
    String cleaned = GoText.trimSpace(pattern);
    if (cleaned.isEmpty()) {
      throw new InvalidDockerIgnoreException(lineNumber, pattern, "the pattern is empty");
    }
    cleaned = GoText.cleanPath(cleaned);
    boolean exception = cleaned.charAt(0) == '!';
    if (exception) {
      if (cleaned.length() == 1) {
        throw new InvalidDockerIgnoreException(
            lineNumber,
            pattern,
            "illegal exclusion pattern \"!\": a ! must be followed by a pattern");
      }
      cleaned = cleaned.substring(1);
    }
    Optional<String> syntaxProblem = GlobSyntax.problem(cleaned);
    if (syntaxProblem.isPresent()) {
      throw new InvalidDockerIgnoreException(
          lineNumber, pattern, "syntax error: " + syntaxProblem.get());
    }
    RegexPlan plan = RegexPlan.of(cleaned);
    Pattern regex = null;
    if (plan.kind == MatchKind.REGEX) {
      try {
        regex = GoRegexTranslator.compile(plan.goRegex);
      } catch (IllegalArgumentException e) {
        throw new InvalidDockerIgnoreException(lineNumber, pattern, e.getMessage());
      }
    }
    return new IgnorePattern(cleaned, exception, lineNumber, plan.kind, regex);
  }

  /**
   * The cleaned pattern without its {@code !}, as patternmatcher's {@code Pattern.String()} reports
   * it.
   */
  public String text() {
    return text;
  }

  /** True for a {@code !} line, which re-includes what earlier lines excluded. */
  public boolean isException() {
    return exception;
  }

  /** The 1-based line it was read from; 0 for the exceptions Docker adds for the build files. */
  public int lineNumber() {
    return lineNumber;
  }

  /**
   * Whether this pattern matches the slash-separated path itself (no parent directories
   * considered).
   */
  public boolean matches(String path) {
    return switch (kind) {
      case EXACT -> path.equals(text);
      case PREFIX -> path.startsWith(text.substring(0, text.length() - 2));
      case SUFFIX -> {
        String suffix = text.substring(2);
        yield path.endsWith(suffix) || (suffix.startsWith("/") && path.equals(suffix.substring(1)));
      }
      case REGEX -> regex.matcher(path).find();
    };
  }

  /** The pattern split at {@code /}, used by the single-parent check of the docker CLI. */
  List<String> segments() {
    return segments;
  }

  @Override
  public String toString() {
    return (exception ? "!" : "") + text;
  }

  /** The Go regular expression and match kind that patternmatcher's {@code compile} derives. */
  private static final class RegexPlan {
    private final MatchKind kind;
    private final String goRegex;

    private RegexPlan(MatchKind kind, String goRegex) {
      this.kind = kind;
      this.goRegex = goRegex;
    }

    static RegexPlan of(String pattern) {
      StringBuilder regex = new StringBuilder("^");
      MatchKind kind = MatchKind.EXACT;
      int[] chars = pattern.codePoints().toArray();
      int at = 0;
      for (int step = 0; at < chars.length; step++) {
        int c = chars[at++];
        if (c == '*') {
          if (at < chars.length && chars[at] == '*') {
            at++;
            if (at < chars.length && chars[at] == '/') {
              at++;
            }
            if (at == chars.length) {
              // A trailing ** accepts everything below, like .gitignore.
              if (kind == MatchKind.EXACT) {
                kind = MatchKind.PREFIX;
              } else {
                regex.append(".*");
                kind = MatchKind.REGEX;
              }
            } else {
              // (.*/)? lets ** stand for any number of directories, zero included.
              regex.append("(.*/)?");
              kind = MatchKind.REGEX;
            }
            if (step == 0) {
              kind = MatchKind.SUFFIX;
            }
          } else {
            regex.append("[^/]*");
            kind = MatchKind.REGEX;
          }
        } else if (c == '?') {
          regex.append("[^/]");
          kind = MatchKind.REGEX;
        } else if (".+()|{}$".indexOf(c) >= 0) {
          regex.append('\\').appendCodePoint(c);
        } else if (c == '\\') {
          if (at < chars.length) {
            regex.append('\\').appendCodePoint(chars[at++]);
            kind = MatchKind.REGEX;
          } else {
            regex.append('\\');
          }
        } else if (c == '[' || c == ']') {
          regex.appendCodePoint(c);
          kind = MatchKind.REGEX;
        } else {
          regex.appendCodePoint(c);
        }
      }
      if (kind == MatchKind.REGEX) {
        regex.append('$');
      }
      return new RegexPlan(kind, regex.toString());
    }
  }
}
