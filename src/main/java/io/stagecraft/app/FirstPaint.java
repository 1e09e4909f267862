package io.stagecraft.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;

/** Knows when a scene is first painted: the end of a cold start. */
public final class FirstPaint {
  private FirstPaint() {}

  /** Runs {@code then} on the JavaFX thread once the scene's first frame has been rendered. */
  public static void whenPainted(Scene scene, Runnable then) {
    Runnable[] listener = new Runnable[1];
    listener[0] =
        () -> {
          scene.removePostLayoutPulseListener(listener[0]);
          // The post-layout pulse listener runs just before the pulse renders; run after that
          // render.
          Platform.runLater(then);
        };
    scene.addPostLayoutPulseListener(listener[0]);
  }

  /** Prints {@code first-paint-epoch-ms=<millis>} for the cold-start measurement, then exits. */
  public static void printAndExit() {
    stamp("first-paint");
    Platform.exit();
  }

  /**
   * Prints {@code <what>-epoch-ms=<millis>}, the wall-clock time of a moment of the start, which
   * packaging/measure-cold-start.sh subtracts the process's start from, and {@code
   * <what>-cpu-ms=<millis>}, the processor time used up to it.
   */
  public static void stamp(String what) {
    System.out.println(what + "-epoch-ms=" + System.currentTimeMillis());
    long cpu = processCpuMillis();
    if (cpu >= 0) {
      System.out.println(what + "-cpu-ms=" + cpu);
    }
  }

  /**
   * The processor time this process has used so far (user and system, all threads), from Linux's
   * /proc/self/stat; -1 elsewhere. On a busy machine it says more about the work done than the
   * wall-clock time does.
   */
  static long processCpuMillis() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      // The fields after the command name, which is in parentheses and may hold spaces.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
      return ticks * 10; // the kernel counts 100 ticks a second
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
