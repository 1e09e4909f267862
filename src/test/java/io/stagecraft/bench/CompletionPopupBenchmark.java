package io.stagecraft.bench;

import io.stagecraft.app.BuildPanels;
import io.stagecraft.app.MainWindow;
import io.stagecraft.app.RecentFiles;
import io.stagecraft.testing.SyntheticDockerfile;
import io.stagecraft.ui.concurrent.ExecutorBackgroundWork;
import io.stagecraft.ui.dialog.DialogPrompts;
import java.awt.Robot;
import java.awt.event.KeyEvent;
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
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * How soon the completion list is on screen after Ctrl+Space, in the real window with a 1,000-line
 * 30-stage file, at the end of a {@code COPY --from=} line. The key is a real X key event sent by
 * {@link Robot}; an animation timer notes every frame, so the list counts as shown at the first
 * frame laid out while it is showing. It reports the time from the key press reaching the JavaFX
 * thread to that frame, in milliseconds and in frames of 60 Hz, and the same from the robot's key
 * press. Run it on a display (Xvfb will do); see docs/benchmarks.md.
 */
public final class CompletionPopupBenchmark {
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 40);
  private static final double FRAME_MS = 1000.0 / 60;

  private CompletionPopupBenchmark() {}

  public static void main(String[] args) {
    Application.launch(App.class, args);
  }

  /** The window under test. */
  public static final class App extends Application {
    private MainWindow window;
    private volatile long keyReachedFx;
    private volatile long shownAt;

    @Override
    public void start(Stage stage) {
      Preferences scratch = Preferences.userRoot().node("io/stagecraft/bench/" + UUID.randomUUID());
      window =
          new MainWindow(
              stage,
              ExecutorBackgroundWork.started(),
              new DialogPrompts(() -> stage),
              new RecentFiles(scratch));
      window.setBuildPanel(BuildPanels.placeholder());
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
                  run();
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
              "completion-benchmark");
      driver.setDaemon(true);
      driver.start();
    }

    private void run() throws Exception {
      Path file = Files.createTempDirectory("stagecraft-completion-").resolve("Dockerfile");
      Files.writeString(file, SyntheticDockerfile.generate(1_000, 30) + "COPY --from=");
      fx(() -> window.files().load(file));
      Thread.sleep(5_000);
      var area = fx(() -> window.codePane().area());
      fx(
          () -> {
            area.addEventFilter(
                javafx.scene.input.KeyEvent.KEY_PRESSED,
                e -> {
                  if (e.getCode() == javafx.scene.input.KeyCode.SPACE && e.isShortcutDown()) {
                    keyReachedFx = System.nanoTime();
                  }
                });
            new AnimationTimer() {
              @Override
              public void handle(long now) {
                if (shownAt == 0 && !window.codeAssist().shownCompletions().isEmpty()) {
                  shownAt = System.nanoTime();
                }
              }
            }.start();
            return null;
          });
      Robot robot = new Robot();
      System.out.printf(
          Locale.ROOT,
          "%d cores, load average %s, Java %s%n",
          Runtime.getRuntime().availableProcessors(),
          Files.readString(Path.of("/proc/loadavg")).strip(),
          System.getProperty("java.version"));
      List<Double> fromFx = new ArrayList<>();
      List<Double> fromPress = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        fx(
            () -> {
              area.requestFocus();
              area.moveTo(area.getLength());
              return null;
            });
        Thread.sleep(150);
        shownAt = 0;
        keyReachedFx = 0;
        long pressed = System.nanoTime();
        robot.keyPress(KeyEvent.VK_CONTROL);
        robot.keyPress(KeyEvent.VK_SPACE);
        robot.keyRelease(KeyEvent.VK_SPACE);
        robot.keyRelease(KeyEvent.VK_CONTROL);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (shownAt == 0 && System.nanoTime() < until) {
          Thread.sleep(1);
        }
        if (shownAt != 0 && keyReachedFx != 0) {
          fromFx.add((shownAt - keyReachedFx) / 1e6);
          fromPress.add((shownAt - pressed) / 1e6);
        }
        robot.keyPress(KeyEvent.VK_ESCAPE);
        robot.keyRelease(KeyEvent.VK_ESCAPE);
        Thread.sleep(150);
      }
      System.out.printf(
          Locale.ROOT,
          "completion list shown after Ctrl+Space (%d of %d rounds), 1,000 lines, 30 stages:%n"
              + "  from the key reaching the JavaFX thread: p50 %.1f ms (%.1f frames),"
              + " p95 %.1f ms (%.1f frames), max %.1f ms%n"
              + "  from the robot's key press: p50 %.1f ms, p95 %.1f ms%n",
          fromFx.size(),
          ROUNDS,
          pct(fromFx, 50),
          pct(fromFx, 50) / FRAME_MS,
          pct(fromFx, 95),
          pct(fromFx, 95) / FRAME_MS,
          pct(fromFx, 100),
          pct(fromPress, 50),
          pct(fromPress, 95));
    }
  }

  private static double pct(List<Double> values, int percentile) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int i = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }

  private static <T> T fx(Callable<T> call) throws Exception {
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
