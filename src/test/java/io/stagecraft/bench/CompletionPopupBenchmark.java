package io.stagecraft.bench;

import io.stagecraft.app.MainWindow;
import io.stagecraft.testing.SyntheticDockerfile;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
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
    private volatile MainWindow window;
    private volatile long keyReachedFx;
    private volatile long shownAt;

    @Override
    public void start(Stage stage) {
      Bench.drive(
          stage,
          "completion-benchmark",
          w -> {
            window = w;
            run();
          });
    }

    private void run() throws Exception {
      Path file = Files.createTempDirectory("stagecraft-completion-").resolve("Dockerfile");
      Files.writeString(file, SyntheticDockerfile.generate(1_000, 30) + "COPY --from=");
      Bench.fx(() -> window.files().load(file));
      Thread.sleep(5_000);
      var area = Bench.fx(() -> window.codePane().area());
      Bench.fx(
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
      System.out.println(Bench.machine());
      List<Double> fromFx = new ArrayList<>();
      List<Double> fromPress = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        Bench.fx(
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
          Bench.percentile(fromFx, 50),
          Bench.percentile(fromFx, 50) / FRAME_MS,
          Bench.percentile(fromFx, 95),
          Bench.percentile(fromFx, 95) / FRAME_MS,
          Bench.percentile(fromFx, 100),
          Bench.percentile(fromPress, 50),
          Bench.percentile(fromPress, 95));
    }
  }
}
