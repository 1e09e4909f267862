package io.stagecraft.core.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The matching table of moby/patternmatcher, file patternmatcher_test.go (TestMatches and
 * TestMatch), https://github.com/moby/patternmatcher/blob/main/patternmatcher_test.go, with its
 * Unix expectations.
 */
class PatternMatcherTableTest {

  /**
   * How a path relates to a pattern: no match, a match of the path itself, or a match of a parent.
   */
  enum Kind {
    FAIL,
    EXACT,
    INEXACT
  }

  static Stream<Arguments> singlePatterns() {
    return Stream.of(
        row("**", "file", Kind.EXACT),
        row("**", "file/", Kind.EXACT),
        row("**/", "file", Kind.EXACT),
        row("**/", "file/", Kind.EXACT),
        row("**", "/", Kind.EXACT),
        row("**/", "/", Kind.EXACT),
        row("**", "dir/file", Kind.EXACT),
        row("**/", "dir/file", Kind.EXACT),
        row("**", "dir/file/", Kind.EXACT),
        row("**/", "dir/file/", Kind.EXACT),
        row("**/**", "dir/file", Kind.EXACT),
        row("**/**", "dir/file/", Kind.EXACT),
        row("dir/**", "dir/file", Kind.EXACT),
        row("dir/**", "dir/file/", Kind.EXACT),
        row("dir/**", "dir/dir2/file", Kind.EXACT),
        row("dir/**", "dir/dir2/file/", Kind.EXACT),
        row("**/dir", "dir", Kind.EXACT),
        row("**/dir", "dir/file", Kind.INEXACT),
        row("**/dir2/*", "dir/dir2/file", Kind.EXACT),
        row("**/dir2/*", "dir/dir2/file/", Kind.INEXACT),
        row("**/dir2/**", "dir/dir2/dir3/file", Kind.EXACT),
        row("**/dir2/**", "dir/dir2/dir3/file/", Kind.EXACT),
        row("**file", "file", Kind.EXACT),
        row("**file", "dir/file", Kind.EXACT),
        row("**/file", "dir/file", Kind.EXACT),
        row("**file", "dir/dir/file", Kind.EXACT),
        row("**/file", "dir/dir/file", Kind.EXACT),
        row("**/file*", "dir/dir/file", Kind.EXACT),
        row("**/file*", "dir/dir/file.txt", Kind.EXACT),
        row("**/file*txt", "dir/dir/file.txt", Kind.EXACT),
        row("**/file*.txt", "dir/dir/file.txt", Kind.EXACT),
        row("**/file*.txt*", "dir/dir/file.txt", Kind.EXACT),
        row("**/**/*.txt", "dir/dir/file.txt", Kind.EXACT),
        row("**/**/*.txt2", "dir/dir/file.txt", Kind.FAIL),
        row("**/*.txt", "file.txt", Kind.EXACT),
        row("**/**/*.txt", "file.txt", Kind.EXACT),
        row("a**/*.txt", "a/file.txt", Kind.EXACT),
        row("a**/*.txt", "a/dir/file.txt", Kind.EXACT),
        row("a**/*.txt", "a/dir/dir/file.txt", Kind.EXACT),
        row("a/*.txt", "a/dir/file.txt", Kind.FAIL),
        row("a/*.txt", "a/file.txt", Kind.EXACT),
        row("a/*.txt**", "a/file.txt", Kind.EXACT),
        row("a[b-d]e", "ae", Kind.FAIL),
        row("a[b-d]e", "ace", Kind.EXACT),
        row("a[b-d]e", "aae", Kind.FAIL),
        row("a[^b-d]e", "aze", Kind.EXACT),
        row(".*", ".foo", Kind.EXACT),
        row(".*", "foo", Kind.FAIL),
        row("abc.def", "abcdef", Kind.FAIL),
        row("abc.def", "abc.def", Kind.EXACT),
        row("abc.def", "abcZdef", Kind.FAIL),
        row("abc?def", "abcZdef", Kind.EXACT),
        row("abc?def", "abcdef", Kind.FAIL),
        row("**/foo/bar", "foo/bar", Kind.EXACT),
        row("**/foo/bar", "dir/foo/bar", Kind.EXACT),
        row("**/foo/bar", "dir/dir2/foo/bar", Kind.EXACT),
        row("abc/**", "abc", Kind.FAIL),
        row("abc/**", "abc/def", Kind.EXACT),
        row("abc/**", "abc/def/ghi", Kind.EXACT),
        row("**/.foo", ".foo", Kind.EXACT),
        row("**/.foo", "bar.foo", Kind.FAIL),
        row("a(b)c/def", "a(b)c/def", Kind.EXACT),
        row("a(b)c/def", "a(b)c/xyz", Kind.FAIL),
        row("a.|)$(}+{bc", "a.|)$(}+{bc", Kind.EXACT),
        row(
            "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl",
            "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl",
            Kind.EXACT),
        row("dist/*.whl", "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", Kind.EXACT),
        row("a\\\\", "a\\", Kind.EXACT),
        row("a\\*b", "a*b", Kind.EXACT));
  }

  static Stream<Arguments> multiplePatterns() {
    return Stream.of(
        Arguments.of(List.of("**", "!util/docker/web"), "util/docker/web/foo", false),
        Arguments.of(
            List.of("**", "!util/docker/web", "util/docker/web/foo"), "util/docker/web/foo", true),
        Arguments.of(
            List.of("**", "!dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl"),
            "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl",
            false),
        Arguments.of(
            List.of("**", "!dist/*.whl"),
            "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl",
            false));
  }

  /** TestMatch: Go's filepath.Match table run through patternmatcher's Matches. */
  static Stream<Arguments> goFilepathMatch() {
    return Stream.of(
        Arguments.of("abc", "abc", true),
        Arguments.of("*", "abc", true),
        Arguments.of("*c", "abc", true),
        Arguments.of("a*", "a", true),
        Arguments.of("a*", "abc", true),
        Arguments.of("a*", "ab/c", true),
        Arguments.of("a*/b", "abc/b", true),
        Arguments.of("a*/b", "a/c/b", false),
        Arguments.of("a*b*c*d*e*/f", "axbxcxdxe/f", true),
        Arguments.of("a*b*c*d*e*/f", "axbxcxdxexxx/f", true),
        Arguments.of("a*b*c*d*e*/f", "axbxcxdxe/xxx/f", false),
        Arguments.of("a*b*c*d*e*/f", "axbxcxdxexxx/fff", false),
        Arguments.of("a*b?c*x", "abxbbxdbxebxczzx", true),
        Arguments.of("a*b?c*x", "abxbbxdbxebxczzy", false),
        Arguments.of("ab[c]", "abc", true),
        Arguments.of("ab[b-d]", "abc", true),
        Arguments.of("ab[e-g]", "abc", false),
        Arguments.of("ab[^c]", "abc", false),
        Arguments.of("ab[^b-d]", "abc", false),
        Arguments.of("ab[^e-g]", "abc", true),
        Arguments.of("a\\*b", "a*b", true),
        Arguments.of("a\\*b", "ab", false),
        Arguments.of("a?b", "a☺b", true),
        Arguments.of("a[^a]b", "a☺b", true),
        Arguments.of("a???b", "a☺b", false),
        Arguments.of("a[^a][^a][^a]b", "a☺b", false),
        Arguments.of("[a-ζ]*", "α", true),
        Arguments.of("*[a-ζ]", "A", false),
        Arguments.of("a?b", "a/b", false),
        Arguments.of("a*b", "a/b", false),
        Arguments.of("[\\]a]", "]", true),
        Arguments.of("[\\-]", "-", true),
        Arguments.of("[x\\-]", "x", true),
        Arguments.of("[x\\-]", "-", true),
        Arguments.of("[x\\-]", "z", false),
        Arguments.of("[\\-x]", "x", true),
        Arguments.of("[\\-x]", "-", true),
        Arguments.of("[\\-x]", "a", false),
        Arguments.of("*x", "xxx", true));
  }

  /** TestMatch rows whose pattern filepath.Match reports as ErrBadPattern. */
  static Stream<String> badPatterns() {
    return Stream.of("[]a]", "[-]", "[x-]", "[-x]", "\\", "[a-b-c]", "[", "[^", "[^bc", "a[");
  }

  @ParameterizedTest(name = "{0} matches {1} itself: {2}")
  @MethodSource("singlePatterns")
  void patternMatchesThePathItselfOnlyWhenExact(String pattern, String path, Kind kind)
      throws Exception {
    assertEquals(kind == Kind.EXACT, IgnorePattern.compile(pattern, 1).matches(path));
  }

  @ParameterizedTest(name = "{0} excludes {1}: {2}")
  @MethodSource("singlePatterns")
  void patternExcludesThePathOrAParent(String pattern, String path, Kind kind) throws Exception {
    assertEquals(kind != Kind.FAIL, DockerIgnore.of(List.of(pattern)).excludes(path));
  }

  @ParameterizedTest(name = "{0} judged while walking to {1}: {2}")
  @MethodSource("singlePatterns")
  void walkingVerdictAgreesWithTheTable(String pattern, String path, Kind kind) throws Exception {
    assertEquals(
        kind != Kind.FAIL, judgeAfterWalkingParents(DockerIgnore.of(List.of(pattern)), path));
  }

  @ParameterizedTest(name = "{0} excludes {1}: {2}")
  @MethodSource("multiplePatterns")
  void laterPatternsOverrideEarlierOnes(List<String> patterns, String path, boolean excluded)
      throws Exception {
    DockerIgnore ignore = DockerIgnore.of(patterns);
    assertEquals(excluded, ignore.excludes(path));
    assertEquals(excluded, judgeAfterWalkingParents(ignore, path));
  }

  @ParameterizedTest(name = "Matches({1}, [{0}]) = {2}")
  @MethodSource("goFilepathMatch")
  void goFilepathMatchTable(String pattern, String path, boolean matched) throws Exception {
    assertEquals(matched, DockerIgnore.of(List.of(pattern)).matchesCheckingOneParent(path));
  }

  @ParameterizedTest(name = "{0} is refused")
  @MethodSource("badPatterns")
  void malformedPatternsAreRefused(String pattern) {
    InvalidDockerIgnoreException error =
        assertThrows(
            InvalidDockerIgnoreException.class, () -> DockerIgnore.of(List.of("ok", pattern)));
    assertEquals(2, error.lineNumber());
  }

  /**
   * Mirrors the MatchesUsingParentResults subtest: parents are judged first and their results
   * handed down.
   */
  static boolean judgeAfterWalkingParents(DockerIgnore ignore, String path) {
    ParentMatches parent = ParentMatches.NONE;
    String directory = GoText.parentOf(path);
    if (!directory.equals(".")) {
      String[] parts = directory.split("/", -1);
      for (int i = 0; i < parts.length; i++) {
        parent =
            ignore.judge(String.join("/", List.of(parts).subList(0, i + 1)), parent).forChildren();
      }
    }
    return ignore.judge(path, parent).excluded();
  }

  private static Arguments row(String pattern, String path, Kind kind) {
    return Arguments.of(pattern, path, kind);
  }
}
