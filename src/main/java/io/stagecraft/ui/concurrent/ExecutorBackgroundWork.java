package io.stagecraft.ui.concurrent;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Runs work on one daemon thread, so results arrive in the order the work was asked for.
 *
 * <p>Work can be held back until the window is shown ({@link #holdUntilReleased}): on a machine
 * with few cores, parsing and loading the layout library while the window is being built would slow
 * the first frame down.
 */
public final class ExecutorBackgroundWork implements BackgroundWork {
  private final CountDownLatch released;
  private final ExecutorService executor;

  /** A background that starts work only once {@link #release()} is called. */
  public static ExecutorBackgroundWork holdUntilReleased() {
    return new ExecutorBackgroundWork();
  }

  /** A background that starts work at once. */
  public static ExecutorBackgroundWork started() {
    ExecutorBackgroundWork work = new ExecutorBackgroundWork();
    work.release();
    return work;
  }

  private ExecutorBackgroundWork() {
    this(new CountDownLatch(1), "stagecraft-background");
  }

  private ExecutorBackgroundWork(CountDownLatch released, String threadName) {
    this.released = released;
    this.executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, threadName);
              t.setDaemon(true);
              return t;
            });
  }

  /** Another daemon thread, held back until the same release as this one. */
  @Override
  public BackgroundWork anotherLane() {
    return new ExecutorBackgroundWork(released, "stagecraft-background-lane");
  }

  public void release() {
    released.countDown();
  }

  @Override
  public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
    executor.execute(
        () -> {
          try {
            released.await();
            T result = work.get();
            Platform.runLater(() -> onResult.accept(result));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (RuntimeException | Error e) {
            Platform.runLater(() -> onFailure.accept(e));
          }
        });
  }
}
