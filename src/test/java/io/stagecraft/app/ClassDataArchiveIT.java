package io.stagecraft.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data archive the build makes beside the jar is one this JVM maps for {@code java -jar}:
 * with {@code -Xshare:on} a JVM that cannot use it refuses to start, and the app's classes come
 * from it. Runs after {@code package}, which makes the jar and the archive.
 */
class ClassDataArchiveIT {
  private static final Path JAR = Path.of("target/stagecraft.jar").toAbsolutePath();

  @Test
  void theBuildsArchiveServesTheJarsClasses() throws IOException, InterruptedException {
    Path archive = TunedRelaunch.archiveFor(JAR, System.getProperty("java.vm.version"));
    assertTrue(Files.isRegularFile(archive), archive + " was made by the build");
    String output = runWithTheArchive("--version");
    assertTrue(output.contains("io.stagecraft.app.Main source: shared objects file"), output);
  }

  /**
   * The layout library's jars are signed upstream, and a JVM archives no class of a signed jar; the
   * build's unsigned copies let the archive serve the first diagram's layout too.
   */
  @Test
  void theLayoutLibrarysClassesComeFromTheArchive(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path dockerfile = dir.resolve("Dockerfile");
    Files.writeString(
        dockerfile, "FROM alpine AS build\nRUN make\nFROM scratch\nCOPY --from=build /a /a\n");
    String output =
        runWithTheArchive("render", "-o", dir.resolve("out.svg").toString(), dockerfile.toString());
    assertTrue(
        output.contains(
            "org.eclipse.elk.alg.layered.LayeredLayoutProvider source: shared objects file"),
        output.lines().filter(l -> l.contains("org.eclipse.elk")).limit(20).toList().toString());
  }

  /** Runs the jar with {@code args} on the build's archive, which it must map; its output. */
  private static String runWithTheArchive(String... args) throws IOException, InterruptedException {
    Path archive = TunedRelaunch.archiveFor(JAR, System.getProperty("java.vm.version"));
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:on",
                "-XX:SharedArchiveFile=" + archive,
                "-Xlog:class+load",
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, run.waitFor(), output);
    return output;
  }
}
