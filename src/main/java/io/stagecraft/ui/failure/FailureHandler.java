package io.stagecraft.ui.failure;

import io.stagecraft.ui.dialog.Prompts;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * Takes every exception nobody caught, on the JavaFX thread and on any other: writes it to the
 * {@link FailureLog} and tells the user in a dialog whose details can be copied. The document and
 * its history are untouched, and the window goes on working: a failure in one listener never stops
 * the others (see {@link #report}).
 *
 * <p>While one failure's dialog is open, further failures are logged only, so a failure that
 * repeats on every pulse cannot bury the window under dialogs.
 */
public final class FailureHandler implements Thread.UncaughtExceptionHandler {
  private static final System.Logger LOG = System.getLogger(FailureHandler.class.getName());
  private final FailureLog log;
  private final Prompts prompts;
  private final AtomicBoolean showing = new AtomicBoolean();

  public FailureHandler(FailureLog log, Prompts prompts) {
    this.log = log;
    this.prompts = prompts;
  }

  /**
   * Makes this the handler of the JavaFX thread and the default of every other thread. Call it on
   * the JavaFX thread.
   */
  public void install() {
    Thread.currentThread().setUncaughtExceptionHandler(this);
    Thread.setDefaultUncaughtExceptionHandler(this);
  }

  @Override
  public void uncaughtException(Thread thread, Throwable failure) {
    boolean logged = log.append(thread, failure);
    LOG.log(System.Logger.Level.ERROR, "uncaught on thread " + thread.getName(), failure);
    if (!showing.compareAndSet(false, true)) {
      return;
    }
    String message =
        "Stagecraft ran into an error it did not expect: "
            + failure
            + ". Your document and its undo history are as they were; you can go on working,"
            + " and save your work."
            + (logged ? "\n\nThe details are also in " + log.file() + "." : "");
    Runnable show =
        () -> {
          try {
            prompts.showFailure("Something went wrong", message, FailureLog.details(failure));
          } finally {
            showing.set(false);
          }
        };
    // Later even on the JavaFX thread: a failure during layout or an animation may not open a
    // modal dialog there and then.
    Platform.runLater(show);
  }

  /**
   * Hands {@code failure} to the current thread's handler, as JavaFX does for a failing property
   * listener: for code that tells several listeners in turn and must tell the rest.
   */
  public static void report(Throwable failure) {
    Thread thread = Thread.currentThread();
    thread.getUncaughtExceptionHandler().uncaughtException(thread, failure);
  }
}
