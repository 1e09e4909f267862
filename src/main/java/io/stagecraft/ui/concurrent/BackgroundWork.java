package io.stagecraft.ui.concurrent;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where long work runs: off the JavaFX thread in the app, on the calling thread in tests. The
 * result or failure is always handed back on the JavaFX thread.
 */
public interface BackgroundWork {
  <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure);
}
