package io.stagecraft.core.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading {@code .dockerignore} text and applying it. Cases come from Docker's documentation
 * (https://docs.docker.com/build/concepts/context/#dockerignore-files) and from the ignore-file
 * tests of moby/patternmatcher (ignorefile/ignorefile_test.go, patternmatcher_test.go).
 */
class DockerIgnoreTest {

  private static List<String> texts(DockerIgnore ignore) {
    return ignore.patterns().stream().map(IgnorePattern::toString).toList();
  }

  @Test
  void readsPatternsLikeIgnorefileReadAll() throws Exception {
    // ignorefile_test.go TestReadAll, minus its "!" lines, which New() refuses (tested below).
    String contents =
        "test1\n/test2\n/a/file/here\n\nlastfile\n# this is a comment\n! /inverted/abs/path\n";

    DockerIgnore ignore = DockerIgnore.parse(contents);

    assertEquals(
        List.of("test1", "test2", "a/file/here", "lastfile", "!inverted/abs/path"), texts(ignore));
    assertEquals(
        List.of(1, 2, 3, 5, 7), ignore.patterns().stream().map(IgnorePattern::lineNumber).toList());
  }

  @Test
  void aLoneExclamationMarkIsAnErrorNamingItsLine() {
    InvalidDockerIgnoreException error =
        assertThrows(
            InvalidDockerIgnoreException.class, () -> DockerIgnore.parse("node_modules\n\n! \n"));

    assertEquals(3, error.lineNumber());
    assertEquals("!", error.line());
    assertTrue(
        error.getMessage().startsWith(".dockerignore line 3: invalid pattern \"!\""),
        error.getMessage());
  }

  @Test
  void aMalformedPatternIsAnErrorNamingItsLine() {
    InvalidDockerIgnoreException error =
        assertThrows(
            InvalidDockerIgnoreException.class,
            () -> DockerIgnore.parse("# ok\n*.log\n  src/[a-\n"));

    assertEquals(3, error.lineNumber());
    assertEquals("src/[a-", error.line());
    assertTrue(error.reason().contains("character class"), error.reason());
  }

  @Test
  void commentsStartOnlyInTheFirstColumn() throws Exception {
    DockerIgnore ignore = DockerIgnore.parse("# a comment\n  # not a comment\n");

    assertEquals(List.of("# not a comment"), texts(ignore));
    assertTrue(ignore.excludes("# not a comment"));
  }

  @Test
  void surroundingWhiteSpaceCarriageReturnsAndAByteOrderMarkAreRemoved() throws Exception {
    DockerIgnore ignore =
        DockerIgnore.parse("\uFEFF*.tmp  \r\n\t build/ \r\n   \r\n!build/keep\u00A0\n");

    assertEquals(List.of("*.tmp", "build", "!build/keep"), texts(ignore));
  }

  @Test
  void aByteOrderMarkDoesNotHideAComment() throws Exception {
    assertEquals(List.of(), texts(DockerIgnore.parse("\uFEFF# comment\n")));
  }

  @Test
  void patternsAreCleanedLikeFilepathClean() throws Exception {
    DockerIgnore ignore = DockerIgnore.parse("./a//b/../c/\n/\n!./d/.\n/../x\n");

    assertEquals(List.of("a/c", "/", "!d", "x"), texts(ignore));
  }

  @ParameterizedTest(name = "{0} excludes {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // The documentation's example file: */temp*, */*/temp*, temp?
        "*/temp*    | somedir/temporary.txt        | true",
        "*/temp*    | somedir/temp                 | true",
        "*/temp*    | somedir/temp/inside.txt      | true",
        "*/temp*    | temporary.txt                | false",
        "*/temp*    | somedir/subdir/temporary.txt | false",
        "*/*/temp*  | somedir/subdir/temporary.txt | true",
        "*/*/temp*  | somedir/temporary.txt        | false",
        "temp?      | tempa                        | true",
        "temp?      | tempb                        | true",
        "temp?      | temp                         | false",
        "temp?      | tempab                       | false",
        "temp?      | dir/tempa                    | false",
        // ** matches any number of directories, including zero.
        "**/*.go    | main.go                      | true",
        "**/*.go    | cmd/tool/main.go             | true",
        "**/*.go    | main.golang                  | false",
        // A leading slash means the context root: /foo/bar and foo/bar are the same pattern.
        "/foo/bar   | foo/bar                      | true",
        "foo/bar    | foo/bar                      | true",
        "/foo/bar   | x/foo/bar                    | false",
        // Unlike .gitignore, a name without a slash matches only at the root.
        "abc        | abc                          | true",
        "abc        | somedir/abc                  | false",
        // A pattern matching a directory excludes everything below it.
        "node_modules | node_modules/a/b/c.js      | true",
        "build/     | build/out/app.jar            | true",
      })
  void documentedSinglePatterns(String pattern, String path, boolean excluded) throws Exception {
    assertEquals(excluded, DockerIgnore.parse(pattern).excludes(path));
  }

  @Test
  void anExceptionReincludesAFileAndTheLastMatchingLineWins() throws Exception {
    DockerIgnore readmeKept = DockerIgnore.parse("*.md\n!README.md\n");
    assertTrue(readmeKept.excludes("CHANGELOG.md"));
    assertFalse(readmeKept.excludes("README.md"));
    assertFalse(readmeKept.excludes("docs/guide.md"), "*.md only matches at the root");

    DockerIgnore secretExcluded = DockerIgnore.parse("*.md\n!README*.md\nREADME-secret.md\n");
    assertTrue(secretExcluded.excludes("CHANGELOG.md"));
    assertFalse(secretExcluded.excludes("README-public.md"));
    assertTrue(secretExcluded.excludes("README-secret.md"));

    DockerIgnore allReadmes = DockerIgnore.parse("*.md\nREADME-secret.md\n!README*.md\n");
    assertFalse(allReadmes.excludes("README-secret.md"), "the exception comes last, so it wins");
    assertTrue(allReadmes.excludes("CHANGELOG.md"));
  }

  @Test
  void anExceptionForAPathInsideAnExcludedDirectoryReincludesIt() throws Exception {
    DockerIgnore ignore = DockerIgnore.parse("docs\n!docs/README.md\n");

    assertTrue(ignore.excludes("docs"));
    assertTrue(ignore.excludes("docs/other.md"));
    assertFalse(ignore.excludes("docs/README.md"));
    assertTrue(ignore.hasExceptions());
  }

  @Test
  void anIncludeListStartsWithStar() throws Exception {
    DockerIgnore ignore = DockerIgnore.parse("*\n!src\n!pom.xml\n");

    assertTrue(ignore.excludes("README.md"));
    assertTrue(ignore.excludes("target/classes/A.class"));
    assertFalse(ignore.excludes("src/main/java/A.java"));
    assertFalse(ignore.excludes("pom.xml"));
  }

  @Test
  void theContextRootIsNeverExcluded() throws Exception {
    assertFalse(DockerIgnore.parse("*\n**\n.\n").excludes("."));
  }

  @Test
  void buildFilesGetExceptionsOnlyWhenTheyWouldBeExcluded() throws Exception {
    DockerIgnore ignore = DockerIgnore.parse("*\n!src\n");
    assertEquals(
        List.of("*", "!src", "!.dockerignore", "!Dockerfile"),
        texts(ignore.keepingBuildFiles("Dockerfile")));

    DockerIgnore untouched = DockerIgnore.parse("*.log\n");
    assertEquals(List.of("*.log"), texts(untouched.keepingBuildFiles("Dockerfile")));

    DockerIgnore nested = DockerIgnore.parse("docker\n");
    assertEquals(
        List.of("docker", "!docker/app.Dockerfile"),
        texts(nested.keepingBuildFiles("docker/app.Dockerfile")));
  }

  @Test
  void theCliChecksOnlyOneParentWhenDecidingToKeepTheDockerfile() throws Exception {
    // patternmatcher's deprecated Matches tries the parent with as many segments as the pattern:
    // "a" is tried on "a/b/Dockerfile"'s first segment, "*/b" on its first two.
    DockerIgnore ignore = DockerIgnore.parse("a\n");
    assertTrue(ignore.matchesCheckingOneParent("a/b/Dockerfile"));
    assertTrue(DockerIgnore.parse("*/b\n").matchesCheckingOneParent("a/b/Dockerfile"));
    assertFalse(DockerIgnore.parse("b\n").matchesCheckingOneParent("a/b/Dockerfile"));
  }

  @Test
  void emptyTextHasNoPatterns() throws Exception {
    assertEquals(List.of(), DockerIgnore.parse("").patterns());
    assertEquals(List.of(), DockerIgnore.parse("\n\n# only comments\n   \n").patterns());
    assertFalse(DockerIgnore.empty().excludes("anything"));
  }
}
