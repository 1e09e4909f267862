package io.stagecraft.core.context;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Listing a context directory. Expected contents follow the docker CLI's context archiving (moby
 * pkg/archive TarWithOptions and the CLI's TrimBuildFilesFromExcludes /
 * AddDockerfileToBuildContext) and the .dockerignore rules at
 * https://docs.docker.com/build/concepts/context/#dockerignore-files.
 */
class BuildContextWalkerTest {

  @TempDir Path context;

  private Path write(String relative, String content) throws IOException {
    Path file = context.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private ContextListing list(String dockerignore) throws Exception {
    Files.writeString(context.resolve(".dockerignore"), dockerignore);
    return BuildContextWalker.list(
        context, dockerignore, ContextDockerfile.inContext(context, context.resolve("Dockerfile")));
  }

  @Test
  void listsIncludedEntriesDepthFirstInBytewiseOrder() throws Exception {
    write("Dockerfile", "FROM scratch\n");
    write("b/c.txt", "c");
    write("a.txt", "aa");
    write("a/z.txt", "z");
    write("a0", "0");
    write("B.txt", "upper case sorts first");

    ContextListing listing = list("");

    assertEquals(
        List.of(
            ".dockerignore", "B.txt", "Dockerfile", "a", "a/z.txt", "a.txt", "a0", "b", "b/c.txt"),
        listing.names());
  }

  @Test
  void excludedFilesAndDirectoriesAreLeftOut() throws Exception {
    write("Dockerfile", "FROM scratch\n");
    write("app/main.go", "package main\n");
    write("app/debug.log", "noise");
    write(".git/config", "[core]");
    write("node_modules/x/y.js", "y");

    ContextListing listing = list("*.log\n**/*.log\n.git\nnode_modules\n");

    assertEquals(List.of(".dockerignore", "Dockerfile", "app", "app/main.go"), listing.names());
  }

  @Test
  void countsAndSumsTheRegularFilesAndComparesWithAThreshold() throws Exception {
    write("Dockerfile", "FROM scratch\n"); // 13 bytes
    write("data/blob.bin", "x".repeat(1000)); // 1000 bytes
    String dockerignore = "*.tmp\n"; // 6 bytes
    write("skip.tmp", "ignored");

    ContextListing listing = list(dockerignore);

    assertEquals(3, listing.fileCount());
    assertEquals(13 + 1000 + 6, listing.totalBytes());
    assertTrue(listing.size(1000).exceedsThreshold());
    assertFalse(listing.size(1019).exceedsThreshold());
    assertEquals(new ContextSize(1019, 3, 2048), listing.size(2048));
  }

  @Test
  void anExceptionInsideAnExcludedDirectoryIsWalkedIntoWithoutSendingTheDirectory()
      throws Exception {
    write("Dockerfile", "FROM scratch\n");
    write("docs/README.md", "read me");
    write("docs/other.md", "other");
    write("docs/sub/deep.md", "deep");

    ContextListing listing = list("docs\n!docs/README.md\n");

    assertEquals(List.of(".dockerignore", "Dockerfile", "docs/README.md"), listing.names());
  }

  @Test
  void wildcardExceptionsDoNotOpenAnExcludedDirectory() throws Exception {
    // Docker only walks into an excluded directory when an exception's text starts with it,
    // so "!**/keep.txt" re-includes keep.txt at the root but not sub/keep.txt.
    write("Dockerfile", "FROM scratch\n");
    write("keep.txt", "k");
    write("sub/keep.txt", "k");

    ContextListing listing = list("*\n!**/keep.txt\n");

    assertEquals(List.of(".dockerignore", "Dockerfile", "keep.txt"), listing.names());
  }

  @Test
  void walkingJudgesChildrenWithTheParentsResultsLikeDockersArchiver() throws Exception {
    // MatchesUsingParentResults: "!foo" was skipped for the directory foo (nothing was excluded
    // yet),
    // so it does not re-include foo/x, although MatchesOrParentMatches alone would.
    write("Dockerfile", "FROM scratch\n");
    write("foo/x", "x");
    write("foo/y", "y");

    ContextListing listing = list("foo/x\n!foo\n");

    assertEquals(List.of(".dockerignore", "Dockerfile", "foo", "foo/y"), listing.names());
    assertFalse(DockerIgnore.parse("foo/x\n!foo\n").excludes("foo/x"));
  }

  @Test
  void theDockerfileAndDockerignoreAreSentEvenWhenExcluded() throws Exception {
    write("Dockerfile", "FROM scratch\n");
    write("app.txt", "app");

    ContextListing listing = list("Dockerfile\n.dockerignore\n");

    assertEquals(List.of(".dockerignore", "Dockerfile", "app.txt"), listing.names());
  }

  @Test
  void aDockerfileInsideAnExcludedDirectoryIsStillSent() throws Exception {
    write("docker/app.Dockerfile", "FROM scratch\n");
    write("docker/other.txt", "other");
    String dockerignore = "docker\n";
    Files.writeString(context.resolve(".dockerignore"), dockerignore);

    ContextListing listing =
        BuildContextWalker.list(
            context,
            dockerignore,
            ContextDockerfile.inContext(context, context.resolve("docker/app.Dockerfile")));

    assertEquals(List.of(".dockerignore", "docker/app.Dockerfile"), listing.names());
  }

  @Test
  void aDockerfileFromOutsideIsAddedUnderItsEntryNameAndHiddenFromCopy(@TempDir Path elsewhere)
      throws Exception {
    write("Dockerfile", "FROM old\n");
    write("app.txt", "app");
    Path outside = elsewhere.resolve("prod.Dockerfile");
    Files.writeString(outside, "FROM new\n");
    Files.writeString(context.resolve(".dockerignore"), "*.tmp\n");

    ContextListing listing =
        BuildContextWalker.list(context, "*.tmp\n", new ContextDockerfile(outside, "Dockerfile"));

    assertEquals(List.of(".dockerignore", "app.txt", "Dockerfile"), listing.names());
    ContextEntry dockerfile = listing.entries().get(2);
    assertEquals(outside, dockerfile.source());
    assertEquals(9, dockerfile.size());
    assertEquals(0600, dockerfile.mode());
    assertArrayEquals(
        "*.tmp\n\nDockerfile\n".getBytes(StandardCharsets.UTF_8),
        listing.entries().get(0).generated());
  }

  @Test
  void withoutADockerignoreFileOneIsAddedOnlyWhenNeeded(@TempDir Path elsewhere) throws Exception {
    write("Dockerfile", "FROM scratch\n");
    ContextListing plain =
        BuildContextWalker.list(
            context, "", ContextDockerfile.inContext(context, context.resolve("Dockerfile")));
    assertEquals(List.of("Dockerfile"), plain.names());

    Path outside = Files.writeString(elsewhere.resolve("Dockerfile"), "FROM x\n");
    ContextListing added =
        BuildContextWalker.list(context, "", new ContextDockerfile(outside, ".build/Dockerfile"));
    assertEquals(List.of("Dockerfile", ".build/Dockerfile", ".dockerignore"), added.names());
    assertArrayEquals(
        "\n.build/Dockerfile\n".getBytes(StandardCharsets.UTF_8),
        added.entries().get(2).generated());
  }

  @Test
  void theSentDockerignoreIsTheGivenTextNotTheFileOnDisk() throws Exception {
    write("Dockerfile", "FROM scratch\n");
    write(".dockerignore", "old-rule\n");
    write("secret.env", "TOKEN=1");

    ContextListing listing =
        BuildContextWalker.list(
            context,
            "*.env\n",
            ContextDockerfile.inContext(context, context.resolve("Dockerfile")));

    assertEquals(List.of(".dockerignore", "Dockerfile"), listing.names());
    assertArrayEquals(
        "*.env\n".getBytes(StandardCharsets.UTF_8), listing.entries().get(0).generated());
  }

  @Test
  void symbolicLinksAreListedAsLinksAndNeverFollowed() throws Exception {
    write("Dockerfile", "FROM scratch\n");
    write("real/file.txt", "content");
    Files.createSymbolicLink(context.resolve("link-to-dir"), Path.of("real"));
    Files.createSymbolicLink(context.resolve("link-to-file"), Path.of("real/file.txt"));
    Files.createSymbolicLink(context.resolve("dangling"), Path.of("missing"));

    ContextListing listing = list("");

    assertEquals(
        List.of(
            ".dockerignore",
            "Dockerfile",
            "dangling",
            "link-to-dir",
            "link-to-file",
            "real",
            "real/file.txt"),
        listing.names());
    ContextEntry link = listing.entries().get(3);
    assertEquals(EntryType.SYMLINK, link.type());
    assertEquals("real", link.linkTarget());
    assertEquals(0, link.size());
    assertNull(link.source());
    assertEquals(
        3, listing.fileCount(), ".dockerignore, Dockerfile and real/file.txt; links are not files");
  }

  @Test
  void modesKeepTheExecutableBit() throws Exception {
    write("Dockerfile", "FROM scratch\n");
    Path script = write("bin/run.sh", "#!/bin/sh\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));
    Files.setPosixFilePermissions(
        context.resolve("bin"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Path data = write("data.txt", "d");
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rw-r--r--"));

    ContextListing listing = list("");

    assertEquals(0755, entry(listing, "bin").mode());
    assertEquals(0750, entry(listing, "bin/run.sh").mode());
    assertEquals(0644, entry(listing, "data.txt").mode());
  }

  @Test
  void anInvalidPatternIsReportedWithItsLine() throws Exception {
    write("Dockerfile", "FROM scratch\n");

    InvalidDockerIgnoreException error =
        assertThrows(InvalidDockerIgnoreException.class, () -> list("# comment\n\n*.log\n[\n"));

    assertEquals(4, error.lineNumber());
  }

  @Test
  void badInputsGiveClearErrors() throws Exception {
    Path dockerfile = write("Dockerfile", "FROM scratch\n");

    BuildContextException notADirectory =
        assertThrows(
            BuildContextException.class,
            () ->
                BuildContextWalker.list(
                    dockerfile, "", new ContextDockerfile(dockerfile, "Dockerfile")));
    assertTrue(
        notADirectory.getMessage().contains("is not a directory"), notADirectory.getMessage());

    BuildContextException missing =
        assertThrows(
            BuildContextException.class,
            () ->
                BuildContextWalker.list(
                    context, "", new ContextDockerfile(context.resolve("Nope"), "Nope")));
    assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());

    for (String badName :
        List.of(
            "",
            "/Dockerfile",
            "../Dockerfile",
            "a/./Dockerfile",
            "dir/",
            "a\\b",
            ".dockerignore")) {
      BuildContextException badEntry =
          assertThrows(
              BuildContextException.class,
              () ->
                  BuildContextWalker.list(context, "", new ContextDockerfile(dockerfile, badName)));
      assertTrue(
          badEntry.getMessage().startsWith("Invalid Dockerfile entry name"), badEntry.getMessage());
    }

    BuildContextException outside =
        assertThrows(
            BuildContextException.class,
            () -> ContextDockerfile.inContext(context.resolve("sub"), dockerfile));
    assertTrue(
        outside.getMessage().contains("is not inside the context directory"), outside.getMessage());
  }

  @Test
  void aDockerfileLinkingOutsideTheContextIsSentAsAFile(@TempDir Path elsewhere) throws Exception {
    // The docker CLI resolves the Dockerfile's links; a Dockerfile that lives elsewhere is sent by
    // content.
    Path real = Files.writeString(elsewhere.resolve("shared.Dockerfile"), "FROM shared\n");
    Files.createSymbolicLink(context.resolve("Dockerfile"), real);
    write("app.txt", "app");

    ContextListing listing =
        BuildContextWalker.list(
            context, "", ContextDockerfile.inContext(context, context.resolve("Dockerfile")));

    assertEquals(List.of("app.txt", "Dockerfile", ".dockerignore"), listing.names());
    ContextEntry dockerfile = entry(listing, "Dockerfile");
    assertEquals(EntryType.FILE, dockerfile.type());
    assertEquals(12, dockerfile.size());
  }

  @Test
  void aDockerfileIsFoundInsideAContextReachedThroughALink(@TempDir Path elsewhere)
      throws Exception {
    write("sub/Dockerfile", "FROM scratch\n");
    Path linkedContext = Files.createSymbolicLink(elsewhere.resolve("ctx"), context);

    ContextDockerfile source =
        ContextDockerfile.inContext(linkedContext, context.resolve("sub/Dockerfile"));

    assertEquals("sub/Dockerfile", source.entryName());
    assertEquals(
        List.of("sub", "sub/Dockerfile"),
        BuildContextWalker.list(linkedContext, "", source).names());
  }

  @Test
  void anUnreadableIncludedFileIsRefusedBeforeSending() throws Exception {
    Path secret = write("secret.key", "k");
    write("Dockerfile", "FROM scratch\n");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(secret), "the current user can read any file (for example root)");

    BuildContextException error = assertThrows(BuildContextException.class, () -> list(""));
    assertTrue(error.getMessage().startsWith("No permission to read"), error.getMessage());

    assertEquals(List.of(".dockerignore", "Dockerfile"), list("*.key\n").names());
  }

  @Test
  void anAddedDockerfileCannotClashWithADirectoryOrSitBelowAFile(@TempDir Path elsewhere)
      throws Exception {
    Path outside = Files.writeString(elsewhere.resolve("Dockerfile"), "FROM x\n");
    write("build/out.txt", "o");
    write("notes.txt", "n");

    BuildContextException onDirectory =
        assertThrows(
            BuildContextException.class,
            () -> BuildContextWalker.list(context, "", new ContextDockerfile(outside, "build")));
    assertTrue(
        onDirectory.getMessage().contains("a directory named \"build\""), onDirectory.getMessage());

    BuildContextException belowFile =
        assertThrows(
            BuildContextException.class,
            () ->
                BuildContextWalker.list(
                    context, "", new ContextDockerfile(outside, "notes.txt/Dockerfile")));
    assertTrue(
        belowFile.getMessage().contains("a file named \"notes.txt\""), belowFile.getMessage());

    ContextListing replaced =
        BuildContextWalker.list(context, null, new ContextDockerfile(outside, "notes.txt"));
    assertEquals(List.of("build", "build/out.txt", "notes.txt", ".dockerignore"), replaced.names());
    assertEquals(outside, entry(replaced, "notes.txt").source());
  }

  private static ContextEntry entry(ContextListing listing, String name) {
    return listing.entries().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }
}
