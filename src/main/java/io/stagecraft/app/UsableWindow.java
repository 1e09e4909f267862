package io.stagecraft.app;

import io.stagecraft.ui.code.CodePane;
import javafx.application.Platform;
import javafx.scene.Node;

/**
 * Knows when the window is usable, the end of a start as a user sees it: the open document's
 * diagram is on the canvas and painted, and the code pane (not its read-only preview) is in the
 * window, enabled, and takes the keyboard focus. The desktop brings in what is not needed for
 * either, the build panel and the look for the engine, only then.
 */
final class UsableWindow {
  private final MainWindow window;
  private final Runnable then;
  private boolean done;

  private UsableWindow(MainWindow window, Runnable then) {
    this.window = window;
    this.then = then;
  }

  /**
   * Runs {@code then} once, on the JavaFX thread, after the first frame that shows the window
   * usable. Call it on the JavaFX thread before the window is completed.
   */
  static void whenUsable(MainWindow window, Runnable then) {
    UsableWindow watch = new UsableWindow(window, then);
    window.model().snapshotProperty().addListener((obs, was, now) -> watch.check());
    window.completedProperty().addListener((obs, was, now) -> watch.check());
    watch.check();
  }

  private void check() {
    if (done || !window.isCompleted() || window.model().currentSnapshot() == null) {
      return;
    }
    CodePane code = window.codePane();
    if (!takesKeys(code.area())) {
      return;
    }
    done = true;
    FirstPaint.whenPainted(window.stage().getScene(), then);
    // The snapshot and the code pane changed the scene, so a pulse is coming; ask for one anyway.
    Platform.requestNextPulse();
  }

  private static boolean takesKeys(Node node) {
    return node.getScene() != null
        && node.isFocusTraversable()
        && !node.isDisabled()
        && node.isVisible();
  }
}
