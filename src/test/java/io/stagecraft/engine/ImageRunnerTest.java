package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.dockerjava.api.exception.BadRequestException;
import io.stagecraft.core.build.RunResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A command the image cannot start ends as {@code docker run} ends it. */
class ImageRunnerTest {
  private static final String NOT_FOUND =
      "{\"message\":\"failed to create shim task: OCI runtime create "
          + "failed: runc create failed: unable to start container process: exec: \\\"python3\\\": executable file not "
          + "found in $PATH: unknown\"}\n";

  @Test
  void aMissingProgramExitsWith127AndTheEnginesWords() {
    RunResult r =
        ImageRunner.unstartable(new BadRequestException(NOT_FOUND), Duration.ofMillis(40));
    assertEquals(127, r.exitCode());
    assertEquals("", r.stdout());
    assertEquals(
        "docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc "
            + "create failed: unable to start container process: exec: \"python3\": executable file not found in $PATH: "
            + "unknown\n",
        r.stderr());
  }

  @Test
  void aProgramThatCannotRunExitsWith126() {
    RunResult r =
        ImageRunner.unstartable(
            new BadRequestException(
                "{\"message\":\"... exec: \\\"/app\\\": " + "permission denied: unknown\"}"),
            Duration.ZERO);
    assertEquals(126, r.exitCode());
  }

  @Test
  void otherRefusalsAreNotRuns() {
    assertNull(
        ImageRunner.unstartable(
            new BadRequestException("{\"message\":\"invalid mount\"}"), Duration.ZERO));
  }
}
