package io.stagecraft.ui.canvas;

import io.stagecraft.layout.PlacedNode;
import javafx.geometry.Pos;
import javafx.scene.control.Label;

/** An external image: a rounded pill with the image name. */
final class ImageNodeView extends NodeView {
  ImageNodeView(PlacedNode placed) {
    super(placed);
    getStyleClass().add("image-node");
    Label name = new Label(placed.node().title());
    name.getStyleClass().add("image-name");
    name.setAlignment(Pos.CENTER);
    place(name, 0, 0, placed.width(), placed.height());
    HoverTips.set(this, () -> "External image " + placed.node().title());
    getChildren().add(name);
  }
}
