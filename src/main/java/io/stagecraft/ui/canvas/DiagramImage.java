package io.stagecraft.ui.canvas;

import io.stagecraft.layout.DiagramLayout;
import io.stagecraft.layout.PlacedNode;
import io.stagecraft.layout.RoutedEdge;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;

/** Paints a diagram off screen at 1:1 (or finer), independent of the canvas's zoom and pan. */
public final class DiagramImage {
  private DiagramImage() {}

  /**
   * @param stylesheets the window's stylesheets, so the image matches the canvas's theme
   * @param rootStyleClasses the window root's style classes (the dark theme is one)
   */
  public static WritableImage paint(
      DiagramLayout layout, List<String> stylesheets, List<String> rootStyleClasses, double scale) {
    Group drawing = new Group();
    for (RoutedEdge e : layout.edges()) {
      drawing.getChildren().add(new EdgeView(e, () -> ""));
    }
    for (PlacedNode n : layout.nodes()) {
      drawing
          .getChildren()
          .add(n.node().isStage() ? new StageBoxView(n, () -> "") : new ImageNodeView(n));
    }
    // The handles that start arrows are for the screen, not for a picture of the design.
    drawing.lookupAll(".connector").forEach(handle -> handle.setVisible(false));
    Pane background = new Pane(drawing);
    background.getStyleClass().add("stage-canvas");
    EdgeDashes.show(background);
    background.setPrefSize(layout.width(), layout.height());
    Scene scene = new Scene(background, layout.width(), layout.height());
    scene.getStylesheets().setAll(stylesheets);
    background.getStyleClass().addAll(rootStyleClasses);
    background.applyCss();
    background.layout();
    SnapshotParameters params = new SnapshotParameters();
    params.setTransform(new Scale(scale, scale));
    return background.snapshot(params, null);
  }
}
