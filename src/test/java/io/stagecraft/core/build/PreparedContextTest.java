package io.stagecraft.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The context tar a build sends, read back with the system tar. */
class PreparedContextTest {
  @TempDir Path dir;

  private static String tar(Path archive, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("tar", "-f", archive.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, out);
    return out;
  }

  @Test
  void aDockerfileInTheContextIsSentUnderItsOwnName() throws Exception {
    Path ctx = Files.createDirectories(dir.resolve("ctx"));
    Files.writeString(ctx.resolve("Dockerfile.prod"), "FROM scratch\n");
    Files.writeString(ctx.resolve("app.txt"), "app");
    Files.writeString(ctx.resolve(".dockerignore"), "*.log\n");
    Files.writeString(ctx.resolve("debug.log"), "noise");
    try (PreparedContext c =
        PreparedContext.of(BuildRequest.of(ctx, ctx.resolve("Dockerfile.prod")))) {
      assertEquals("Dockerfile.prod", c.dockerfileEntry());
      assertEquals("FROM scratch\n", c.dockerfileText());
      assertEquals(
          List.of(".dockerignore", "Dockerfile.prod", "app.txt"),
          tar(c.tar(), "-t").lines().sorted().toList());
      assertEquals(3, c.size().fileCount());
      assertFalse(c.size().exceedsThreshold());
      Path written = c.tar();
      c.close();
      assertFalse(Files.exists(written));
    }
  }

  @Test
  void unsavedTextReplacesTheFileAndStaysOutOfCopyAll() throws Exception {
    Path ctx = Files.createDirectories(dir.resolve("ctx"));
    Files.writeString(ctx.resolve("Dockerfile"), "FROM old\n");
    BuildRequest r =
        BuildRequest.of(ctx, ctx.resolve("Dockerfile")).withDockerfileText("FROM new\n");
    try (PreparedContext c = PreparedContext.of(r)) {
      assertEquals("Dockerfile", c.dockerfileEntry());
      assertEquals("FROM new\n", tar(c.tar(), "-xO", "Dockerfile"));
      // Like the docker CLI with a Dockerfile from elsewhere, its name is appended to
      // .dockerignore.
      assertEquals("\nDockerfile\n", tar(c.tar(), "-xO", ".dockerignore"));
    }
  }

  @Test
  void aDockerfileOutsideTheContextGetsItsOwnEntry() throws Exception {
    Path ctx = Files.createDirectories(dir.resolve("ctx"));
    Path outside = Files.writeString(dir.resolve("elsewhere.Dockerfile"), "FROM x\n");
    try (PreparedContext c = PreparedContext.of(BuildRequest.of(ctx, outside))) {
      assertEquals(PreparedContext.ADDED_DOCKERFILE, c.dockerfileEntry());
      assertEquals("FROM x\n", tar(c.tar(), "-xO", PreparedContext.ADDED_DOCKERFILE));
    }
  }

  @Test
  void aMissingDockerfileOrContextIsAnInvalidRequest() throws Exception {
    BuildException noFile =
        assertThrows(
            BuildException.class,
            () -> PreparedContext.of(BuildRequest.of(dir, dir.resolve("Dockerfile"))));
    assertEquals(BuildException.Kind.INVALID, noFile.kind());
    assertEquals(
        "The Dockerfile " + dir.resolve("Dockerfile") + " does not exist", noFile.getMessage());
    Path f = Files.writeString(dir.resolve("Dockerfile"), "FROM x\n");
    BuildException noContext =
        assertThrows(
            BuildException.class,
            () -> PreparedContext.of(BuildRequest.of(dir.resolve("missing"), f)));
    assertEquals(
        "The build context " + dir.resolve("missing") + " is not a directory",
        noContext.getMessage());
  }
}
