package io.stagecraft.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code java -jar} relaunches the desktop app with the tuned options, and when it does not.
 */
class TunedRelaunchTest {
  @TempDir Path dir;
  private Path jar;
  private Path archive;

  @BeforeEach
  void files() throws IOException {
    jar = Files.writeString(dir.resolve("stagecraft.jar"), "jar");
    archive = TunedRelaunch.archiveFor(jar, "17.0.15+6");
    Files.writeString(archive, "archive");
  }

  @Test
  void javafxRunAndTheAppImageStartWithTheSameOptions() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    String launcher = Files.readString(Path.of("packaging/linux/launcher.sh"));
    for (String option : TunedRelaunch.OPTIONS) {
      assertTrue(pom.contains("<option>" + option + "</option>"), "pom.xml: " + option);
      assertTrue(launcher.contains(option + " "), "launcher.sh: " + option);
    }
  }

  @Test
  void theArchiveIsNamedForTheJvmBuildThatMadeIt() {
    assertEquals(dir.resolve("stagecraft-17.0.15+6.jsa"), archive);
  }

  @Test
  void relaunchesWithTheTunedOptionsThenTheUsersOwnAndTheSameArguments() {
    Optional<List<String>> command =
        TunedRelaunch.command(
            "/jdk/bin/java",
            List.of(
                "-Dstagecraft.theme=dark", "-Xmx1g", "-jar", jar.toString(), "open", "Dockerfile"),
            jar,
            archive);
    assertEquals(
        List.of(
            "/jdk/bin/java",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-XX:SoftRefLRUPolicyMSPerMB=0",
            "-Xms64m",
            "-XX:SharedArchiveFile=" + archive.toAbsolutePath(),
            "-Dstagecraft.theme=dark",
            "-Xmx1g",
            "-jar",
            jar.toAbsolutePath().toString(),
            "open",
            "Dockerfile"),
        command.orElseThrow());
  }

  @Test
  void theJarIsNamedByItsAbsolutePathBecauseTheArchiveMatchesTheClassPath() {
    Path relative = Path.of("").toAbsolutePath().relativize(jar);
    List<String> command =
        TunedRelaunch.command("java", List.of("-jar", relative.toString()), jar, archive)
            .orElseThrow();
    assertEquals(jar.toAbsolutePath().toString(), command.get(command.indexOf("-jar") + 1));
  }

  @Test
  void doesNotRelaunchWithoutTheArchive() throws IOException {
    Files.delete(archive);
    assertTrue(
        TunedRelaunch.command("java", List.of("-jar", jar.toString()), jar, archive).isEmpty());
  }

  @Test
  void doesNotRelaunchAClassPathLaunchOrAnotherJar() throws IOException {
    assertTrue(
        TunedRelaunch.command(
                "java", List.of("-cp", jar.toString(), "io.stagecraft.app.Main"), jar, archive)
            .isEmpty());
    Path other = Files.writeString(dir.resolve("other.jar"), "other");
    assertTrue(
        TunedRelaunch.command("java", List.of("-jar", other.toString()), jar, archive).isEmpty());
    assertTrue(TunedRelaunch.command("java", List.of("-jar"), jar, archive).isEmpty());
  }

  @Test
  void leavesTheUsersOwnSharingChoicesAlone() {
    assertTrue(
        TunedRelaunch.command("java", List.of("-Xshare:off", "-jar", jar.toString()), jar, archive)
            .isEmpty());
    assertTrue(
        TunedRelaunch.command(
                "java",
                List.of("-XX:SharedArchiveFile=my.jsa", "-jar", jar.toString()),
                jar,
                archive)
            .isEmpty());
  }
}
