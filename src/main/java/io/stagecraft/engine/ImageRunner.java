package io.stagecraft.engine;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.BadRequestException;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import io.stagecraft.core.build.BuildError;
import io.stagecraft.core.build.BuildException;
import io.stagecraft.core.build.RunResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs an image's default command once, captures its output, and removes the container. */
final class ImageRunner {

  /** On the containers of {@link #run}, so leftovers of a crash can be found. */
  static final String RUN_LABEL = "io.stagecraft.run";

  private final EngineConnection engine;

  ImageRunner(EngineConnection engine) {
    this.engine = engine;
  }

  RunResult run(String imageId, List<String> args, Duration timeout) throws BuildException {
    String id;
    try {
      CreateContainerCmd create =
          engine.client().createContainerCmd(imageId).withLabels(Map.of(RUN_LABEL, "true"));
      if (!args.isEmpty()) {
        create.withCmd(args);
      }
      id = create.exec().getId();
    } catch (NotFoundException e) {
      throw new BuildException(
          BuildException.Kind.INVALID,
          new BuildError("no image " + imageId + " on the engine", 0),
          e);
    } catch (RuntimeException e) {
      throw Failures.engine(engine, e);
    }
    try {
      long started = System.nanoTime();
      try {
        engine.client().startContainerCmd(id).exec();
      } catch (BadRequestException e) {
        RunResult unstartable = unstartable(e, Duration.ofNanos(System.nanoTime() - started));
        if (unstartable != null) {
          return unstartable;
        }
        throw e;
      }
      Integer exit = awaitExit(id, timeout);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      if (exit == null) {
        engine.client().killContainerCmd(id).exec();
      }
      Output output = logs(id);
      return new RunResult(
          exit == null ? -1 : exit, output.stdout(), output.stderr(), exit == null, took);
    } catch (RuntimeException e) {
      throw Failures.engine(engine, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BuildException(
          BuildException.Kind.CANCELLED,
          new BuildError("interrupted while running " + imageId, 0),
          e);
    } finally {
      try {
        engine.client().removeContainerCmd(id).withForce(true).exec();
      } catch (RuntimeException ignored) {
        // The label lets a later cleanup find it.
      }
    }
  }

  /**
   * A command the image cannot execute ends as {@code docker run} ends it: 127 when the program is
   * not found, 126 when it cannot be run, with the engine's message on standard error. Other
   * refusals are engine failures.
   */
  static RunResult unstartable(RuntimeException e, Duration took) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int code =
        message.contains("executable file not found")
                || message.contains("no such file or directory")
            ? 127
            : message.contains("permission denied") ? 126 : 0;
    if (code == 0) {
      return null;
    }
    String why =
        message
            .replaceFirst("^Status \\d+: ", "")
            .replace("{\"message\":\"", "")
            .replaceFirst("\"}\\s*$", "")
            .replace("\\\"", "\"");
    return new RunResult(
        code, "", "docker: Error response from daemon: " + why.strip() + "\n", false, took);
  }

  /** The exit code, or null when the container still runs after {@code timeout}. */
  private Integer awaitExit(String id, Duration timeout) {
    try {
      return engine
          .client()
          .waitContainerCmd(id)
          .exec(new WaitContainerResultCallback())
          .awaitStatusCode(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (DockerClientException e) {
      if (e.getMessage() != null && e.getMessage().contains("timeout")) {
        return null;
      }
      throw e;
    }
  }

  private record Output(String stdout, String stderr) {}

  private Output logs(String id) throws InterruptedException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    engine
        .client()
        .logContainerCmd(id)
        .withStdOut(true)
        .withStdErr(true)
        .exec(
            new ResultCallback.Adapter<Frame>() {
              @Override
              public void onNext(Frame frame) {
                (frame.getStreamType() == StreamType.STDERR ? err : out)
                    .writeBytes(frame.getPayload());
              }
            })
        .awaitCompletion(30, TimeUnit.SECONDS);
    return new Output(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
