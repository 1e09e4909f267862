package io.stagecraft.core.build;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** A running build: its eventual result, and the way to stop it. */
public interface BuildHandle {

  /**
   * The result; completes exceptionally with a {@link BuildException} when the build fails, is
   * cancelled or loses its engine.
   */
  CompletableFuture<BuildResult> result();

  /** Stops the build on the engine. Does nothing once the build has finished. */
  void cancel();

  /** Waits for the build and returns its result, or throws its {@link BuildException}. */
  default BuildResult await() throws BuildException, InterruptedException {
    try {
      return result().get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof BuildException b) {
        throw b;
      }
      throw new BuildException(
          BuildException.Kind.ENGINE,
          new BuildError(String.valueOf(e.getCause()), 0),
          e.getCause());
    }
  }
}
