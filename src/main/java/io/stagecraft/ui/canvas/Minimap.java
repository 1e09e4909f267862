package io.stagecraft.ui.canvas;

import io.stagecraft.layout.DiagramLayout;
import io.stagecraft.layout.PlacedNode;
import io.stagecraft.layout.Rect;
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
  }

  /** Draws the boxes of {@code layout}. */
  void show(DiagramLayout layout) {
    drawing = layout.bounds();
    scale = Math.min(WIDTH / drawing.width(), HEIGHT / drawing.height());
    getChildren().clear();
    for (PlacedNode n : layout.nodes()) {
      Rectangle block =
          new Rectangle(
              x(n.x()), y(n.y()), Math.max(2, n.width() * scale), Math.max(2, n.height() * scale));
      block.getStyleClass().addAll("minimap-box", n.node().role().styleClass());
      block.setMouseTransparent(true);
      getChildren().add(block);
    }
    getChildren().add(frame);
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
