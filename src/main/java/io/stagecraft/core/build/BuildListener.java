package io.stagecraft.core.build;

import io.stagecraft.core.context.ContextSize;

/**
 * Receives the progress of one build, on the build's own thread, in the order the engine reports
 * it. Implementations must not block for long: the engine's stream waits meanwhile.
 */
public interface BuildListener {
  /** A listener that ignores everything. */
  BuildListener NONE = new BuildListener() {};

  /**
   * The context is packed and about to be sent; {@link ContextSize#exceedsThreshold()} says whether
   * the user should be warned about its size.
   */
  default void onContext(ContextSize size) {}

  /** The build has started the step. */
  default void onStep(BuildStep step) {}

  /** One line of build output, without the line break. */
  default void onLog(String line) {}

  /** The build failed; this comes before the build's result completes exceptionally. */
  default void onError(BuildError error) {}
}
