package io.stagecraft.app;

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
    System.out.println("first-paint-epoch-ms=" + System.currentTimeMillis());
    Platform.exit();
  }
}
