package io.stagecraft.app;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * F6 and Ctrl+Tab move the focus to the next pane (the canvas, the code, the build panel), and
 * Shift+F6 and Ctrl+Shift+Tab back, as in IntelliJ and VS Code; the code pane keeps Tab for
 * indenting.
 */
final class PaneCycle {
  private final List<Supplier<Node>> panes;

  /**
   * @param panes each gives the node that takes the focus for its pane, or null while the pane is
   *     missing or hidden
   */
  PaneCycle(List<Supplier<Node>> panes) {
    this.panes = panes;
  }

  void install(Scene scene) {
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          boolean f6 = e.getCode() == KeyCode.F6;
          boolean ctrlTab = e.getCode() == KeyCode.TAB && e.isShortcutDown();
          if (f6 || ctrlTab) {
            move(scene.getFocusOwner(), e.isShiftDown() ? -1 : 1);
            e.consume();
          }
        });
  }

  /** Focuses the pane {@code step} panes from the one holding {@code focused}. */
  void move(Node focused, int step) {
    int current = -1;
    for (int i = 0; i < panes.size(); i++) {
      Node pane = panes.get(i).get();
      if (pane != null && contains(pane, focused)) {
        current = i;
      }
    }
    for (int k = 1; k <= panes.size(); k++) {
      int next = Math.floorMod(current + step * k, panes.size());
      Node pane = panes.get(next).get();
      if (pane != null && pane.isVisible() && pane.getScene() != null) {
        pane.requestFocus();
        return;
      }
    }
  }

  private static boolean contains(Node pane, Node focused) {
    for (Node n = focused; n != null; n = n.getParent()) {
      if (n == pane) {
        return true;
      }
    }
    return false;
  }
}
