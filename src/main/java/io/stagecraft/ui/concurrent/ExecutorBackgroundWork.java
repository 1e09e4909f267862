package io.stagecraft.ui.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Runs work on one daemon thread, so results arrive in the order the work was asked for. */
public final class ExecutorBackgroundWork implements BackgroundWork {
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "stagecraft-background");
    t.setDaemon(true);
    return t;
  });

  @Override
  public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
    executor.execute(() -> {
      try {
        T result = work.get();
        Platform.runLater(() -> onResult.accept(result));
      } catch (RuntimeException | Error e) {
        Platform.runLater(() -> onFailure.accept(e));
      }
    });
  }
}
