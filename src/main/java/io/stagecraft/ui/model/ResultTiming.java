package io.stagecraft.ui.model;

/**
 * When the results of a revision, derived in the background, are applied to the panes on the JavaFX
 * thread. The model tells it of every edit; a result that arrives within the request that asked for
 * it (work on the calling thread, as in tests) is applied at once whatever the timing.
 */
public interface ResultTiming {
  /** Applies every result as soon as it arrives. */
  ResultTiming AT_ONCE =
      new ResultTiming() {
        @Override
        public void edited() {}

        @Override
        public void apply(Runnable result) {
          result.run();
        }
      };

  /** The text changed; the panes have not shown it yet. */
  void edited();

  /** Applies a result, now or later; it checks itself whether it is still current. */
  void apply(Runnable result);
}
