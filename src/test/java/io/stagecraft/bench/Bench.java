package io.stagecraft.bench;

import io.stagecraft.app.BuildPanels;
import io.stagecraft.app.MainWindow;
import io.stagecraft.app.RecentFiles;
import io.stagecraft.ui.concurrent.ExecutorBackgroundWork;
import io.stagecraft.ui.dialog.DialogPrompts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * What the benchmarks that drive the real window share: the window itself, the thread that drives
 * it, waiting on the JavaFX thread, percentiles, and the line that says what machine measured.
 */
public final class Bench {
  private Bench() {}

  /** A driver for the window: the benchmark's own steps, run off the JavaFX thread. */
  public interface Steps {
    void run(MainWindow window) throws Exception;
  }

  /**
   * Shows the app's window at 1366×768 with the sample open and no build panel, with recent files
   * kept in scratch preferences, then runs {@code steps} on a thread of their own and exits the
   * application when they end.
   */
  public static MainWindow drive(Stage stage, String name, Steps steps) {
    Preferences scratch = Preferences.userRoot().node("io/stagecraft/bench/" + UUID.randomUUID());
    MainWindow window =
        new MainWindow(
            stage,
            ExecutorBackgroundWork.started(),
            new DialogPrompts(() -> stage),
            new RecentFiles(scratch));
    window.setBuildPanel(BuildPanels.placeholder());
    window.files().openSample();
    window.complete();
    stage.setX(0);
    stage.setY(0);
    stage.setWidth(1366);
    stage.setHeight(768);
    stage.show();
    Thread driver =
        new Thread(
            () -> {
              try {
                steps.run(window);
              } catch (Exception | Error e) {
                e.printStackTrace();
              } finally {
                try {
                  scratch.removeNode();
                } catch (Exception e) {
                  // Scratch preferences.
                }
                Platform.exit();
              }
            },
            name);
    driver.setDaemon(true);
    driver.start();
    return window;
  }

  /** The machine and its load, printed before the numbers. */
  public static String machine() {
    try {
      return String.format(
          Locale.ROOT,
          "%d cores, load average %s, Java %s",
          Runtime.getRuntime().availableProcessors(),
          Files.readString(Path.of("/proc/loadavg")).strip(),
          System.getProperty("java.version"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code percentile}th percentile of {@code values} (nearest rank); NaN for none. */
  public static double percentile(List<Double> values, int percentile) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  /** Runs {@code call} on the JavaFX thread and waits for its answer. */
  public static <T> T fx(Callable<T> call) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(call.call());
          } catch (Exception | Error e) {
            result.completeExceptionally(e);
          }
        });
    return result.get(120, TimeUnit.SECONDS);
  }
}
