package io.stagecraft.engine;

/**
 * Turns one builder's messages into {@link io.stagecraft.core.build.BuildListener} events, and
 * knows which Dockerfile line a failure belongs to.
 */
interface BuildProgress {

  /** Text of a {@code stream} message. */
  void onStream(String text);

  /** A decoded {@code moby.buildkit.trace} message. */
  void onTrace(BuildkitStatus status);

  /** Line of the step that failed or was running last, or 0. */
  int failureLine();

  /** Passes on output still buffered at the end of the stream. */
  void flush();
}
