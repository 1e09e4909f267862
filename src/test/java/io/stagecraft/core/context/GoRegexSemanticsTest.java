package io.stagecraft.core.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Patterns whose meaning comes from Go's RE2 regular expressions, because moby/patternmatcher
 * (patternmatcher.go, Pattern.compile) copies parts of the pattern into a Go regexp unescaped.
 * Expected values follow RE2's documented syntax (https://github.com/google/re2/wiki/Syntax).
 */
class GoRegexSemanticsTest {

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // A backslash escapes the next character, and \d is RE2's digit class.
        "file\\d.txt  | file1.txt  | true",
        "file\\d.txt  | filed.txt  | false",
        "a\\.b*       | a.bc       | true",
        "a\\.b*       | axbc       | false",
        // POSIX classes inside brackets are RE2 classes.
        "[[:digit:]]x | 5x         | true",
        "[[:digit:]]x | ax         | false",
        "[[:^alpha:]]* | 1abc     | true",
        "[[:^alpha:]]* | abc      | false",
        // Regex-special characters without a glob meaning are literal.
        "v1.0+*       | v1.0+beta  | true",
        "v1.0+*       | v100+beta  | false",
        "{a,b}*       | {a,b}c     | true",
        // * stops at / even inside [^...] classes; ? matches one character, not a slash.
        "src/*.java   | src/a/B.java | false",
        "a?c          | a/c        | false",
        "[^x]*        | y/z        | false",
        // Inside brackets, ? becomes [^/] in the expression, so RE2 reads "[?]" as the class {[ ^
        // /}
        // followed by a literal ].
        "[?]          | ^]         | true",
        "[?]          | a          | false",
        // \b is RE2's word boundary, never a literal b.
        "a\\bc        | abc        | false",
        "a\\b*        | a-x        | true",
        "a\\b*        | ab         | false",
        // Ranges of non-ASCII letters.
        "[а-я]*       | жук        | true",
      })
  void regexBackedPatterns(String pattern, String path, boolean matches) throws Exception {
    assertEquals(matches, IgnorePattern.compile(pattern, 1).matches(path));
  }

  @Test
  void aNegatedClassMatchesANewlineAsInRe2() throws Exception {
    assertTrue(IgnorePattern.compile("a[^b]c*", 1).matches("a\nc"));
    assertFalse(IgnorePattern.compile("a[^b]c*", 1).matches("abc"));
  }

  @ParameterizedTest(name = "{0} is refused by RE2")
  @ValueSource(strings = {"file\\q*", "[z-a]*", "x\\1*", "[[:nope:]]"})
  void regexErrorsBecomeClearPatternErrors(String pattern) {
    InvalidDockerIgnoreException error =
        assertThrows(
            InvalidDockerIgnoreException.class, () -> DockerIgnore.parse("ok\n" + pattern));
    assertEquals(2, error.lineNumber());
  }
}
