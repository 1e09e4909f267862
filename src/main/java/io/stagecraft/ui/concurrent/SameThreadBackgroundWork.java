package io.stagecraft.ui.concurrent;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs work at once on the calling thread (the JavaFX thread in tests). */
public final class SameThreadBackgroundWork implements BackgroundWork {
  @Override
  public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
    T result;
    try {
      result = work.get();
    } catch (RuntimeException e) {
      onFailure.accept(e);
      return;
    }
    onResult.accept(result);
  }
}
