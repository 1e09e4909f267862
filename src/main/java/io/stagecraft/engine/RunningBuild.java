package io.stagecraft.engine;

import com.github.dockerjava.transport.DockerHttpClient;
import io.stagecraft.core.build.BuildError;
import io.stagecraft.core.build.BuildException;
import io.stagecraft.core.build.BuildHandle;
import io.stagecraft.core.build.BuildListener;
import io.stagecraft.core.build.BuildResult;
import io.stagecraft.core.build.PreparedContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * One build on its own thread: sends the context, reads the engine's messages, and completes its
 * result. Cancelling drops the connection, which makes the engine cancel the build.
 *
 * <p>The build has a transport of its own ({@link EngineConnection#openTransport()}), and
 * cancelling closes that transport, which closes its socket under the reading thread. That works
 * however the transport wraps the response stream: closing the response or its stream instead
 * would, in Apache HttpClient, first read the rest of the body to reuse the connection, which lasts
 * as long as the build.
 */
final class RunningBuild implements BuildHandle {

  private final EngineConnection engine;
  private final String path;
  private final PreparedContext context;
  private final BuildListener listener;
  private final BuildProgress progress;
  private final CompletableFuture<BuildResult> result = new CompletableFuture<>();
  private volatile boolean cancelled;
  private DockerHttpClient transport;

  RunningBuild(
      EngineConnection engine,
      String path,
      PreparedContext context,
      BuildListener listener,
      BuildProgress progress) {
    this.engine = engine;
    this.path = path;
    this.context = context;
    this.listener = listener;
    this.progress = progress;
  }

  void start(String threadName) {
    Thread thread = new Thread(this::run, threadName);
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public CompletableFuture<BuildResult> result() {
    return result;
  }

  @Override
  public void cancel() {
    if (result.isDone()) {
      return;
    }
    cancelled = true;
    result.completeExceptionally(
        new BuildException(
            BuildException.Kind.CANCELLED, new BuildError("the build was cancelled", 0)));
    disconnect();
  }

  /**
   * Drops the connection without reading the rest of the response, which could take minutes. The
   * transport closes on a thread of its own: it may first flush what it was sending, and cancel
   * must return at once.
   */
  private void disconnect() {
    DockerHttpClient open;
    synchronized (this) {
      open = transport;
    }
    if (open != null) {
      Thread closer = new Thread(() -> closeQuietly(open), "stagecraft-build-disconnect");
      closer.setDaemon(true);
      closer.start();
    }
  }

  private void run() {
    long started = System.nanoTime();
    BuildMessages messages = new BuildMessages(progress, listener);
    DockerHttpClient own = engine.openTransport();
    synchronized (this) {
      transport = own;
    }
    try (own;
        context;
        InputStream tar = new CancellableInput(Files.newInputStream(context.tar()))) {
      if (cancelled) {
        return;
      }
      DockerHttpClient.Request request =
          DockerHttpClient.Request.builder()
              .method(DockerHttpClient.Request.Method.POST)
              .path(path)
              .putHeader("Content-Type", "application/x-tar")
              .body(tar)
              .build();
      DockerHttpClient.Response opened = own.execute(request);
      try (opened) {
        InputStream body = opened.getBody();
        if (opened.getStatusCode() != 200) {
          fail(
              BuildException.Kind.FAILED,
              new BuildError(refusal(opened.getStatusCode(), body), 0),
              null);
          return;
        }
        messages.readAll(body);
      }
      finish(messages, Duration.ofNanos(System.nanoTime() - started));
    } catch (IOException | RuntimeException e) {
      if (!cancelled) {
        fail(
            BuildException.Kind.ENGINE,
            new BuildError(
                "lost the connection to the engine at "
                    + engine.endpoint().describe()
                    + " during the build: "
                    + EngineErrors.describe(e),
                progress.failureLine()),
            e);
      }
    }
  }

  private void finish(BuildMessages messages, Duration duration) {
    if (cancelled) {
      return;
    }
    if (messages.error() != null) {
      fail(BuildException.Kind.FAILED, messages.error(), null);
    } else if (messages.imageId() == null) {
      fail(
          BuildException.Kind.ENGINE,
          new BuildError(
              "the engine at "
                  + engine.endpoint().describe()
                  + " ended the build without an image or an error; did it stop?",
              progress.failureLine()),
          null);
    } else {
      result.complete(new BuildResult(messages.imageId(), duration));
    }
  }

  /** Tells the listener first, so it has heard of the error when the result completes. */
  private void fail(BuildException.Kind kind, BuildError error, Throwable cause) {
    if (cancelled || result.isDone()) {
      return;
    }
    listener.onError(error);
    result.completeExceptionally(new BuildException(kind, error, cause));
  }

  /** The message of a refused request: the engine sends {@code {"message": "..."}}. */
  private static String refusal(int status, InputStream body) throws IOException {
    String text = new String(body.readNBytes(64 * 1024), StandardCharsets.UTF_8).strip();
    try {
      String message =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(text)
              .path("message")
              .asText("");
      if (!message.isEmpty()) {
        return message;
      }
    } catch (IOException notJson) {
      // Fall through to the raw text.
    }
    return "the engine refused the build (HTTP " + status + "): " + text;
  }

  private static void closeQuietly(DockerHttpClient open) {
    try {
      open.close();
    } catch (IOException | RuntimeException ignored) {
      // Only the socket is at stake.
    }
  }

  /** The context upload, which stops as soon as the build is cancelled. */
  private final class CancellableInput extends FilterInputStream {
    CancellableInput(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      check();
      return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      check();
      return super.read(b, off, len);
    }

    private void check() throws IOException {
      if (cancelled) {
        throw new InterruptedIOException("the build was cancelled");
      }
    }
  }
}
