package io.stagecraft.ui.canvas;

import io.stagecraft.layout.DiagramLayout;
import io.stagecraft.layout.PlacedNode;
import io.stagecraft.layout.Rect;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * An overview of a large diagram in a corner of the canvas: every box as a small block and the part
 * the view shows as a frame. Clicking or dragging in it centres the view there.
 */
final class Minimap extends Pane {
  /** Large enough to tell the layers apart, small enough to leave the canvas to the boxes. */
  static final double WIDTH = 200;

  static final double HEIGHT = 130;

  private final Rectangle frame = new Rectangle();
  private Rect drawing = new Rect(0, 0, 1, 1);
  private double scale = 1;

  Minimap(Consumer<Point2D> centreOn) {
    getStyleClass().add("minimap");
    setPrefSize(WIDTH, HEIGHT);
    setMinSize(WIDTH, HEIGHT);
    setMaxSize(WIDTH, HEIGHT);
    frame.getStyleClass().add("minimap-frame");
    frame.setMouseTransparent(true);
    setOnMousePressed(e -> centreOn.accept(toWorld(e.getX(), e.getY())));
    setOnMouseDragged(e -> centreOn.accept(toWorld(e.getX(), e.getY())));
    setOnMouseClicked(javafx.event.Event::consume);
    getChildren().add(frame);
  }

  /**
   * Draws the boxes of {@code layout}. The canvas is shown again after every edit, which seldom
   * moves a box: blocks are kept and only moved, and a style class changes only with a box's role,
   * since each new node or style class costs a CSS pass.
   */
  void show(DiagramLayout layout) {
    drawing = layout.bounds();
    scale = Math.min(WIDTH / drawing.width(), HEIGHT / drawing.height());
    List<PlacedNode> nodes = layout.nodes();
    // The frame stays the last child, over the blocks.
    int drawn = getChildren().size() - 1;
    if (drawn > nodes.size()) {
      getChildren().remove(nodes.size(), drawn);
    }
    List<Rectangle> added = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      PlacedNode n = nodes.get(i);
      Rectangle block;
      if (i < Math.min(drawn, nodes.size())) {
        block = (Rectangle) getChildren().get(i);
      } else {
        block = new Rectangle();
        block.setMouseTransparent(true);
        added.add(block);
      }
      block.setX(x(n.x()));
      block.setY(y(n.y()));
      block.setWidth(Math.max(2, n.width() * scale));
      block.setHeight(Math.max(2, n.height() * scale));
      String role = n.node().role().styleClass();
      if (!role.equals(block.getUserData())) {
        block.getStyleClass().setAll("minimap-box", role);
        block.setUserData(role);
      }
    }
    getChildren().addAll(getChildren().size() - 1, added);
  }

  /** The blocks drawn, one a box in the layout's order; for tests. */
  List<Rectangle> blocks() {
    return getChildren().stream().filter(n -> n != frame).map(n -> (Rectangle) n).toList();
  }

  /** Frames the part of the drawing the view shows. */
  void showVisible(Rect visible) {
    double left = Math.max(0, x(visible.x()));
    double top = Math.max(0, y(visible.y()));
    frame.setX(left);
    frame.setY(top);
    frame.setWidth(Math.max(4, Math.min(WIDTH, x(visible.maxX())) - left));
    frame.setHeight(Math.max(4, Math.min(HEIGHT, y(visible.maxY())) - top));
  }

  private double x(double worldX) {
    return (worldX - drawing.x()) * scale;
  }

  private double y(double worldY) {
    return (worldY - drawing.y()) * scale;
  }

  private Point2D toWorld(double x, double y) {
    return new Point2D(x / scale + drawing.x(), y / scale + drawing.y());
  }
}
