package io.stagecraft.core.build;

/**
 * Receives the progress of one build, on the build's own thread, in the order the engine reports it.
 * Implementations must not block for long: the engine's stream waits meanwhile.
 */
public interface BuildListener {
  /** A listener that ignores everything. */
  BuildListener NONE = new BuildListener() {};

  /** The build has started the step. */
  default void onStep(BuildStep step) {}

  /** One line of build output, without the line break. */
  default void onLog(String line) {}

  /** The build failed; this comes before the build's result completes exceptionally. */
  default void onError(BuildError error) {}
}
