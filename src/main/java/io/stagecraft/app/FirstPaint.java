package io.stagecraft.app;

import javafx.scene.Scene;

/** Reports when a scene is first painted: the end of a cold start. */
public final class FirstPaint {
  private FirstPaint() {}

  /** Prints {@code first-paint-epoch-ms=<millis>} after the first pulse that painted the scene. */
  public static void report(Scene scene, Runnable then) {
    Runnable[] listener = new Runnable[1];
    listener[0] = () -> {
      scene.removePostLayoutPulseListener(listener[0]);
      // The post-layout pulse listener runs just before the pulse renders; wait for that render.
      javafx.application.Platform.runLater(() -> {
        System.out.println("first-paint-epoch-ms=" + System.currentTimeMillis());
        then.run();
      });
    };
    scene.addPostLayoutPulseListener(listener[0]);
  }
}
