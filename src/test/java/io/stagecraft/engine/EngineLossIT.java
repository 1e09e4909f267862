package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.build.BuildEngine;
import io.stagecraft.core.build.BuildException;
import io.stagecraft.core.build.BuildHandle;
import io.stagecraft.core.build.BuildRequest;
import io.stagecraft.core.build.Builder;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An engine that dies in the middle of a build: a private second dockerd, killed with SIGKILL while
 * a step runs. The machine's engine is never touched.
 */
class EngineLossIT {

  @TempDir Path context;
  private Path dir;
  private SecondDockerDaemon daemon;
  private String marker;

  @BeforeEach
  void startDaemon() throws Exception {
    String reason = SecondDockerDaemon.unavailableReason();
    if (reason != null) {
      EngineTests.require(new EngineStatus.Unavailable(null, EngineProblem.UNREACHABLE, reason));
    }
    dir = Files.createTempDirectory("stagecraft-loss-");
    daemon = SecondDockerDaemon.startLocal(dir.resolve("dockerd"));
    daemon.awaitListening(Duration.ofSeconds(60));
  }

  @AfterEach
  void stopDaemon() throws Exception {
    try {
      if (daemon != null) {
        daemon.close();
      }
      // The build's own process is orphaned when its engine is killed.
      if (marker != null) {
        ProcessHandle.allProcesses()
            .filter(p -> SecondDockerDaemon.commandLine(p).contains(marker))
            .forEach(ProcessHandle::destroyForcibly);
      }
    } finally {
      if (dir != null) {
        new ProcessBuilder("rm", "-rf", dir.toString()).start().waitFor(60, TimeUnit.SECONDS);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Builder.class)
  void killingTheEngineMidBuildFailsTheBuildClearlyWithinTwoSeconds(Builder builder)
      throws Exception {
    try (EngineConnection shared = EngineTests.requireEngine();
        EngineConnection second =
            EngineTests.requireEngine(
                new EndpointDiscovery(Map.of("DOCKER_HOST", daemon.unixHost().toString()), dir)
                    .discover())) {
      try (InputStream image = shared.client().saveImageCmd(BaseImagesIT.BUSYBOX).exec()) {
        second.client().loadImageCmd(image).exec();
      }
      marker = "sleep " + (4000 + (int) (Math.random() * 900));
      Files.writeString(
          context.resolve("Dockerfile"),
          "FROM " + BaseImagesIT.BUSYBOX + "\nRUN echo sleeping-now && " + marker + "\n");
      BuildEngine builds = new DockerBuildEngine(second);
      RecordingListener events = new RecordingListener(line -> line.contains("sleeping-now"));
      BuildHandle handle =
          builds.start(
              BuildRequest.of(context, context.resolve("Dockerfile"))
                  .withBuilder(builder)
                  .withNoCache(true),
              events);
      assertTrue(
          events.awaitLog(60),
          "the RUN step did not start:\n" + events.log() + "\n" + daemon.logTail());

      long killed = System.nanoTime();
      daemon.kill();
      // Waits longer than the promise, so that a late report fails below with its measured time.
      ExecutionException e =
          assertThrows(ExecutionException.class, () -> handle.result().get(30, TimeUnit.SECONDS));
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);
      BuildException failure = assertInstanceOf(BuildException.class, e.getCause());
      assertEquals(BuildException.Kind.ENGINE, failure.kind(), failure.getMessage());
      assertTrue(failure.getMessage().contains(daemon.unixHost().toString()), failure.getMessage());
      assertEquals(2, failure.error().line(), failure.getMessage());
      assertEquals(1, events.errors.size());
      assertTrue(ms < 2000, "the lost engine was reported after " + ms + " ms");

      // The same engine object answers the next call with a clear error instead of hanging.
      long asked = System.nanoTime();
      BuildException next = assertThrows(BuildException.class, builds::listBuilt);
      assertEquals(BuildException.Kind.ENGINE, next.kind());
      assertTrue(
          next.getMessage().startsWith("no Docker engine answered at " + daemon.unixHost()),
          next.getMessage());
      long answered = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked);
      assertTrue(answered < 2000, "the lost engine was reported after " + answered + " ms");
      // And the machine's engine still works from the same process.
      assertTrue(new DockerBuildEngine(shared).listBuilt() != null);
    }
  }
}
