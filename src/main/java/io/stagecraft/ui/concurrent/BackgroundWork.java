package io.stagecraft.ui.concurrent;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where long work runs: off the JavaFX thread in the app, on the calling thread in tests. The
 * result or failure is always handed back on the JavaFX thread.
 */
public interface BackgroundWork {
  <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure);

  /**
   * A background whose work runs beside this one's, so that long work on one (laying out a large
   * diagram) does not hold back short work on the other (parsing the text being typed). Results
   * still arrive on the JavaFX thread; a background that runs work on the calling thread is its own
   * other lane.
   */
  default BackgroundWork anotherLane() {
    return this;
  }
}
