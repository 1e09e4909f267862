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
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:on",
                "-XX:SharedArchiveFile=" + archive,
                "-Xlog:class+load",
                "-jar",
                JAR.toString(),
                "--version"));
    Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, run.waitFor(), output);
    assertTrue(output.contains("io.stagecraft.app.Main source: shared objects file"), output);
  }
}
