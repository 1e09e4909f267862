package io.stagecraft.ui.canvas;

import io.stagecraft.layout.PlacedNode;
import javafx.css.PseudoClass;
import javafx.scene.layout.Pane;

/** A box on the canvas, for a stage or an external image. */
abstract class NodeView extends Pane {
  private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
  private final PlacedNode placed;

  NodeView(PlacedNode placed) {
    this.placed = placed;
    getStyleClass().addAll("diagram-node", placed.node().role().styleClass());
    relocate(placed.x(), placed.y());
    setPrefSize(placed.width(), placed.height());
    setMinSize(placed.width(), placed.height());
    setMaxSize(placed.width(), placed.height());
  }

  PlacedNode placed() {
    return placed;
  }

  String nodeId() {
    return placed.node().id();
  }

  void setSelected(boolean selected) {
    pseudoClassStateChanged(SELECTED, selected);
  }
}
