package io.stagecraft.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar} on the built jar relaunches the desktop app in a JVM that maps the build's
 * class-data archive, passes the user's JVM options on, and exits with the app's status. Without a
 * display the app cannot open its window, so it exits at once with status 1, which is all this
 * needs.
 */
class TunedRelaunchIT {
  private static final Path JAR = Path.of("target/stagecraft.jar").toAbsolutePath();

  @Test
  void theDesktopAppRunsInASecondJvmWithTheArchiveAndExitsWithItsStatus()
      throws IOException, InterruptedException {
    String output = run(List.of("-Xlog:cds=info", "-jar", JAR.toString()));
    Path archive = TunedRelaunch.archiveFor(JAR, System.getProperty("java.vm.version"));
    assertTrue(
        output.contains("Opened archive " + archive),
        "the second JVM maps the archive, with -Xlog passed on:\n" + output);
    assertTrue(output.contains("Unable to open DISPLAY"), output);
  }

  @Test
  void theCommandLineRunsInTheFirstJvm() throws IOException, InterruptedException {
    Process cli = start(List.of("-Xlog:cds=info", "-jar", JAR.toString(), "--version"));
    String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(cli.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, cli.exitValue(), output);
    assertFalse(
        output.contains("stagecraft-"), "no second JVM, so no archive of the app's:\n" + output);
  }

  /**
   * Runs {@code java args} without a display and returns its output, after checking it exited with
   * 1.
   */
  private static String run(List<String> args) throws IOException, InterruptedException {
    Process app = start(args);
    String output = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(app.waitFor(60, TimeUnit.SECONDS), output);
    assertEquals(1, app.exitValue(), "the app's status, passed on by the first JVM:\n" + output);
    return output;
  }

  private static Process start(List<String> args) throws IOException {
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("DISPLAY");
    builder.environment().remove("WAYLAND_DISPLAY");
    builder.environment().remove(TunedRelaunch.MARK);
    return builder.start();
  }
}
