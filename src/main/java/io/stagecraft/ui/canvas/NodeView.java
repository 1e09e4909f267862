package io.stagecraft.ui.canvas;

import io.stagecraft.layout.PlacedNode;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.scene.layout.Pane;

/** A box on the canvas, for a stage or an external image. */
abstract class NodeView extends Pane {
  private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
  private PlacedNode placed;

  NodeView(PlacedNode placed) {
    this.placed = placed;
    getStyleClass().addAll("diagram-node", placed.node().role().styleClass());
    relocate(placed.x(), placed.y());
    setPrefSize(placed.width(), placed.height());
    setMinSize(placed.width(), placed.height());
    setMaxSize(placed.width(), placed.height());
    setCacheHint(javafx.scene.CacheHint.SPEED);
  }

  /**
   * Puts a child at a fixed place and size. The child is unmanaged, because a Pane would otherwise
   * resize it to its preferred size, and the geometry here comes from the layout.
   */
  static <T extends javafx.scene.Node> T place(T child, double x, double y, double w, double h) {
    child.setManaged(false);
    child.resizeRelocate(x, y, w, h);
    return child;
  }

  PlacedNode placed() {
    return placed;
  }

  /**
   * Shows {@code next}, which looks the same as the box shown ({@link BoxLook}) but may sit
   * elsewhere or come from other lines: the view is kept, only moved and relabelled.
   */
  void reuseFor(PlacedNode next, Supplier<String> diagnosticsText) {
    placed = next;
    relocate(next.x(), next.y());
  }

  String nodeId() {
    return placed.node().id();
  }

  void setSelected(boolean selected) {
    pseudoClassStateChanged(SELECTED, selected);
  }
}
