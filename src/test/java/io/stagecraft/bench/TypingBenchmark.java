package io.stagecraft.bench;

import io.stagecraft.app.MainWindow;
import io.stagecraft.core.document.Document;
import io.stagecraft.core.document.DocumentListener;
import io.stagecraft.testing.SyntheticDockerfile;
import io.stagecraft.ui.model.DiagramSnapshot;
import io.stagecraft.ui.model.EditorModel;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;

/**
 * Types into the real window, as a user would, and reports how long each keystroke takes to be
 * painted in the code pane and to reach the canvas. Run it on a display (Xvfb will do): the
 * keystrokes are real X key events sent by {@link Robot}, so they go through the same event queue
 * as a user's.
 *
 * <p>For each file it types bursts of 41 keystrokes at 40 ms intervals at the end of the file (a
 * new line each), waits until the canvas has caught up, and reports over all keystrokes:
 *
 * <ul>
 *   <li>text painted: from the key press to the first frame laid out with the character in it;
 *   <li>canvas updated: from the key press to the first frame laid out after the canvas showed a
 *       revision holding the character, and the same from each burst's last keystroke;
 *   <li>the longest gap between two frames while typing, with an animation forcing a frame every
 *       vsync so a busy JavaFX thread shows as a gap;
 *   <li>the JavaFX thread's CPU time per keystroke, from the start of a burst until the canvas has
 *       caught up: unlike the latencies, it does not depend on how busy the machine is.
 * </ul>
 *
 * <p>Arguments: optional Dockerfiles to type into besides the sample and two generated files (500
 * lines and 50 stages shaped like BuildKit's, 10,000 lines and 100 stages). See docs/benchmarks.md.
 */
public final class TypingBenchmark {
  private static final int BURSTS = Integer.getInteger("bench.bursts", 5);

  /** Keystrokes typed into each file, the timed bursts included, before its memory is measured. */
  private static final int MEMORY_KEYSTROKES = Integer.getInteger("bench.memoryKeystrokes", 1000);

  /** How long a file may take to open and be laid out the first time. */
  private static final int OPEN_SECONDS = Integer.getInteger("bench.openSeconds", 900);

  /** The built-in files to type into: any of sample, 500, 10000. */
  private static final List<String> FILES =
      List.of(System.getProperty("bench.files", "sample,500,10000").split(","));

  private static final long INTERVAL_MS = 40;
  private static final String[] LINES = {
    "run echo typing at the end of this file 1\n",
    "run echo typing at the end of this file 2\n",
    "run echo typing at the end of this file 3\n",
    "run echo typing at the end of this file 4\n",
    "run echo typing at the end of this file 5\n",
  };

  private TypingBenchmark() {}

  public static void main(String[] args) {
    Application.launch(App.class, args);
  }

  /** The window under test. */
  public static final class App extends Application {
    private final java.lang.management.ThreadMXBean fxCpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    private volatile MainWindow window;
    private long fxThread;

    @Override
    public void start(Stage stage) {
      fxThread = Thread.currentThread().getId();
      List<String> files = getParameters().getRaw();
      Bench.drive(
          stage,
          "typing-benchmark",
          w -> {
            window = w;
            runAll(files);
          });
    }

    private void runAll(List<String> extra) throws Exception {
      Robot robot = new Robot();
      robot.setAutoWaitForIdle(false);
      System.out.println(Bench.machine());
      Path dir = Files.createTempDirectory("stagecraft-typing-");
      if (FILES.contains("sample")) {
        measure(robot, "sample", null);
      }
      if (FILES.contains("500")) {
        measure(robot, "generated 500 lines, 50 stages", write(dir, 500, 50));
      }
      if (FILES.contains("10000")) {
        measure(robot, "generated 10,000 lines, 100 stages", write(dir, 10_000, 100));
      }
      for (String file : extra) {
        measure(robot, Path.of(file).getFileName().toString(), Path.of(file));
      }
    }

    private static Path write(Path dir, int lines, int stages) throws IOException {
      Path file = dir.resolve("Dockerfile." + lines + "x" + stages);
      Files.writeString(file, SyntheticDockerfile.generate(lines, stages));
      return file;
    }

    private void measure(Robot robot, String name, Path file) throws Exception {
      Bench.fx(
          () -> {
            // What was typed into the previous file is thrown away without asking.
            window.model().markSaved();
            if (file == null) {
              window.files().openSample();
            } else {
              window.files().load(file);
            }
            return null;
          });
      waitUntilSettled(OPEN_SECONDS);
      Probe probe = Bench.fx(() -> new Probe(window.model()));
      List<Double> textMs = new ArrayList<>();
      List<Double> toEditMs = new ArrayList<>();
      List<Double> editToFrameMs = new ArrayList<>();
      List<Double> canvasMs = new ArrayList<>();
      List<Double> lastMs = new ArrayList<>();
      double worstGap = 0;
      double fxCpuMs = 0;
      int revisionsShown = 0;
      int lines = Bench.fx(() -> window.model().document().text().split("\n", -1).length);
      int typed = 0;
      for (int burst = 0; burst < BURSTS; burst++) {
        String line = LINES[burst % LINES.length];
        focusEndOfText(robot);
        long[] pressed = new long[line.length()];
        long cpuBefore = fxCpu.getThreadCpuTime(fxThread);
        int before = Bench.fx(() -> window.model().document().text().length());
        probe.start();
        long t0 = System.nanoTime();
        for (int k = 0; k < line.length(); k++) {
          long due = t0 + TimeUnit.MILLISECONDS.toNanos(k * INTERVAL_MS);
          while (System.nanoTime() < due) {
            Thread.sleep(1);
          }
          pressed[k] = System.nanoTime();
          type(robot, line.charAt(k));
        }
        typed += line.length();
        waitUntilSettled(OPEN_SECONDS);
        Thread.sleep(200);
        Probe.Run run = Bench.fx(probe::stop);
        fxCpuMs += ms(fxCpu.getThreadCpuTime(fxThread) - cpuBefore);
        int lost = 0;
        long[] lastChange = null;
        for (int k = 0; k < pressed.length; k++) {
          // The edit that brought the text to this keystroke's length: keystrokes that arrive
          // together may be taken in one edit.
          long[] change = run.changeReaching(before + k + 1);
          if (change == null) {
            lost++;
            continue;
          }
          lastChange = change;
          long framed = run.frameAfter(change[1]);
          textMs.add(ms(framed - pressed[k]));
          toEditMs.add(ms(change[1] - pressed[k]));
          editToFrameMs.add(ms(framed - change[1]));
          canvasMs.add(ms(run.frameAfter(run.shownAt(change[0])) - pressed[k]));
        }
        if (lost > 0) {
          System.out.printf("  burst %d: %d keystrokes did not reach the text%n", burst, lost);
        }
        if (lastChange != null) {
          int last = pressed.length - 1;
          lastMs.add(ms(run.frameAfter(run.shownAt(lastChange[0])) - pressed[last]));
        }
        worstGap = Math.max(worstGap, run.worstGapMs());
        revisionsShown += run.shown().size();
      }
      System.out.printf(
          Locale.ROOT,
          "%s (%d lines): text painted p50 %.1f ms, p95 %.1f ms, max %.1f ms;"
              + " canvas updated p50 %.0f ms, p95 %.0f ms;"
              + " after the last keystroke p50 %.0f ms, p95 %.0f ms, max %.0f ms;"
              + " longest frame gap %.0f ms; JavaFX thread CPU %.1f ms a keystroke"
              + " (%d keystrokes, %d revisions shown on the canvas)%n",
          name,
          lines,
          Bench.percentile(textMs, 50),
          Bench.percentile(textMs, 95),
          Bench.percentile(textMs, 100),
          Bench.percentile(canvasMs, 50),
          Bench.percentile(canvasMs, 95),
          Bench.percentile(lastMs, 50),
          Bench.percentile(lastMs, 95),
          Bench.percentile(lastMs, 100),
          worstGap,
          fxCpuMs / Math.max(1, textMs.size()),
          textMs.size(),
          revisionsShown);
      System.out.printf(
          Locale.ROOT,
          "  of which: key press to the edit p50 %.1f ms, p95 %.1f ms;"
              + " the edit to its frame laid out p50 %.1f ms, p95 %.1f ms%n",
          Bench.percentile(toEditMs, 50),
          Bench.percentile(toEditMs, 95),
          Bench.percentile(editToFrameMs, 50),
          Bench.percentile(editToFrameMs, 95));
      measureMemory(robot, name, typed);
    }

    /**
     * Types on into the file until {@link #MEMORY_KEYSTROKES} keystrokes went into it, waits until
     * the canvas has caught up, and reports the live heap after a full collection and the resident
     * set size. Run each file in its own process for RSS figures that can be compared: the heap the
     * JVM once grew to stays resident.
     */
    private void measureMemory(Robot robot, String name, int typed) throws Exception {
      if (typed >= MEMORY_KEYSTROKES) {
        return;
      }
      focusEndOfText(robot);
      for (int k = 0; typed < MEMORY_KEYSTROKES; k++, typed++) {
        String line = LINES[(k / LINES[0].length()) % LINES.length];
        type(robot, line.charAt(k % line.length()));
        Thread.sleep(INTERVAL_MS);
      }
      waitUntilSettled(OPEN_SECONDS);
      Thread.sleep(500);
      int undoSteps = Bench.fx(() -> window.model().document().undoDepth());
      long undoChars = Bench.fx(() -> window.model().document().undoChars());
      for (int i = 0; i < 3; i++) {
        System.gc();
        Thread.sleep(200);
      }
      long heap =
          java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      System.out.printf(
          Locale.ROOT,
          "%s after %d keystrokes: live heap after a full GC %.1f MB, RSS %.1f MB"
              + " (undo: %d steps, %d characters)%n",
          name,
          typed,
          heap / 1048576.0,
          residentKb() / 1024.0,
          undoSteps,
          undoChars);
      long hold = Long.getLong("bench.holdSeconds", 0);
      if (hold > 0) {
        System.out.println("holding for " + hold + " s: pid " + ProcessHandle.current().pid());
        Thread.sleep(hold * 1000);
      }
    }

    private static long residentKb() throws IOException {
      for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (l.startsWith("VmRSS:")) {
          return Long.parseLong(l.replaceAll("[^0-9]", ""));
        }
      }
      return -1;
    }

    /** Clicks into the code pane, so the keys go there, and puts the caret at the end. */
    private void focusEndOfText(Robot robot) throws Exception {
      Bounds b = Bench.fx(() -> area().localToScreen(area().getBoundsInLocal()));
      robot.mouseMove((int) (b.getMinX() + b.getWidth() / 2), (int) (b.getMinY() + 20));
      robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
      robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
      Thread.sleep(300);
      Bench.fx(
          () -> {
            area().requestFocus();
            area().moveTo(area().getLength());
            area().requestFollowCaret();
            return null;
          });
      Thread.sleep(300);
    }

    private void waitUntilSettled(int seconds) throws Exception {
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      while (System.nanoTime() < until) {
        boolean settled =
            Bench.fx(
                () -> {
                  EditorModel model = window.model();
                  DiagramSnapshot s = model.currentSnapshot();
                  return s != null && !model.catchingUpProperty().get();
                });
        if (settled) {
          return;
        }
        Thread.sleep(20);
      }
      throw new IllegalStateException("the canvas did not catch up in " + seconds + " s");
    }

    private CodeArea area() {
      return window.codePane().area();
    }

    private static void type(Robot robot, char c) {
      int code = c == '\n' ? KeyEvent.VK_ENTER : KeyEvent.getExtendedKeyCodeForChar(c);
      robot.keyPress(code);
      robot.keyRelease(code);
    }
  }

  /** Stamps, on the JavaFX thread, every edit, every snapshot shown and every frame. */
  static final class Probe {
    private final Document document;
    private final List<long[]> changes = new ArrayList<>();
    private final List<long[]> shown = new ArrayList<>();
    private final List<Long> frames = new ArrayList<>();
    private final DocumentListener onChange;
    private final AnimationTimer everyFrame;
    private final Runnable onFrame = this::frame;
    private boolean recording;

    Probe(EditorModel model) {
      this.document = model.document();
      onChange =
          (doc, edit, before) -> {
            if (recording) {
              changes.add(new long[] {doc.revision(), System.nanoTime(), doc.text().length()});
            }
          };
      document.addListener(onChange);
      model
          .snapshotProperty()
          .addListener(
              (obs, was, s) -> {
                if (recording && s != null && s.document() == document) {
                  shown.add(new long[] {s.revision(), System.nanoTime()});
                }
              });
      everyFrame =
          new AnimationTimer() {
            @Override
            public void handle(long now) {
              // Forces a frame every vsync; frames are stamped after their layout, below.
            }
          };
    }

    void start() {
      Platform.runLater(
          () -> {
            changes.clear();
            shown.clear();
            frames.clear();
            recording = true;
            window().addPostLayoutPulseListener(onFrame);
            everyFrame.start();
          });
    }

    private javafx.scene.Scene window() {
      return javafx.stage.Window.getWindows().get(0).getScene();
    }

    private void frame() {
      if (recording) {
        frames.add(System.nanoTime());
      }
    }

    Run stop() {
      recording = false;
      everyFrame.stop();
      window().removePostLayoutPulseListener(onFrame);
      return new Run(List.copyOf(changes), List.copyOf(shown), List.copyOf(frames));
    }

    /** What one burst recorded. */
    record Run(List<long[]> changes, List<long[]> shown, List<Long> frames) {
      /** The first frame laid out at or after {@code time}. */
      long frameAfter(long time) {
        for (long f : frames) {
          if (f >= time) {
            return f;
          }
        }
        return Long.MAX_VALUE / 2;
      }

      /** The first edit after which the text had at least {@code length} characters, or null. */
      long[] changeReaching(int length) {
        for (long[] c : changes) {
          if (c[2] >= length) {
            return c;
          }
        }
        return null;
      }

      /** When the canvas first showed a revision at least {@code revision}. */
      long shownAt(long revision) {
        for (long[] s : shown) {
          if (s[0] >= revision) {
            return s[1];
          }
        }
        return Long.MAX_VALUE / 2;
      }

      double worstGapMs() {
        double worst = 0;
        for (int i = 1; i < frames.size(); i++) {
          double gap = ms(frames.get(i) - frames.get(i - 1));
          worst = Math.max(worst, gap);
          if (gap > GAPS_OVER_MS) {
            // In the JVM's uptime, as -Xlog:gc and JFR give it, to find what filled the gap.
            System.out.printf(
                "frame gap of %.0f ms from %.3f s%n", gap, uptimeSeconds(frames.get(i - 1)));
          }
        }
        return worst;
      }
    }
  }

  /** Gaps between frames longer than this are listed with when they began (-Dbench.gapsOver). */
  private static final double GAPS_OVER_MS =
      Double.parseDouble(System.getProperty("bench.gapsOver", "Infinity"));

  private static final long UPTIME_ZERO_NANOS =
      System.nanoTime()
          - java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000;

  private static double uptimeSeconds(long nanoTime) {
    return (nanoTime - UPTIME_ZERO_NANOS) / 1e9;
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
