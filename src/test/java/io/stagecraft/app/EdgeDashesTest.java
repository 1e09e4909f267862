package io.stagecraft.app;

import static io.stagecraft.app.AppFixture.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.model.EdgeKind;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.shape.Shape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A {@code COPY --from} arrow is dashed where its dashes can be seen, and solid when the canvas is
 * zoomed so far out that each dash would be a fraction of a pixel.
 */
@ExtendWith(ApplicationExtension.class)
class EdgeDashesTest {
  private AppFixture app;

  @Start
  void start(javafx.stage.Stage stage) {
    app = new AppFixture(stage);
  }

  @AfterEach
  void tearDown() {
    app.dispose();
  }

  @Test
  void aCopyArrowIsDashedAtAReadableZoomAndSolidFarOut() {
    fx(() -> app.window.canvas().fit());
    assertTrue(fx(() -> app.window.canvas().zoom()) >= 0.3, "the sample fits at a readable zoom");
    assertEquals(List.of(8.0, 5.0), fx(this::copyDashes));

    fx(
        () -> {
          while (app.window.canvas().zoom() >= 0.3) {
            app.window.canvas().zoomOut();
          }
        });
    assertEquals(List.of(), fx(this::copyDashes), "far out the arrow is drawn solid");

    fx(
        () -> {
          while (app.window.canvas().zoom() < 1) {
            app.window.canvas().zoomIn();
          }
        });
    assertEquals(List.of(8.0, 5.0), fx(this::copyDashes), "zoomed in again, it is dashed");
  }

  private List<Double> copyDashes() {
    int copy = 0;
    List<io.stagecraft.core.model.Edge> edges = app.window.model().snapshot().graph().edges();
    while (edges.get(copy).kind() != EdgeKind.COPY) {
      copy++;
    }
    Node view = app.window.canvas().edgeView(copy);
    view.applyCss();
    Shape line = (Shape) view.lookup(".edge-line");
    return List.copyOf(line.getStrokeDashArray());
  }
}
