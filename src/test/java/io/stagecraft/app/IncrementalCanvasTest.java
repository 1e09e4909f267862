package io.stagecraft.app;

import static io.stagecraft.app.AppFixture.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.document.Document;
import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.edit.TextEdit;
import io.stagecraft.layout.PlacedNode;
import io.stagecraft.layout.RoutedEdge;
import io.stagecraft.testing.SyntheticDockerfile;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.shape.CubicCurve;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The canvas rebuilds only the boxes and arrows whose drawing changed. */
@ExtendWith(ApplicationExtension.class)
class IncrementalCanvasTest {
  /** Two stages and the base image the sample's build args name (ADR 17). */
  private static final List<String> NODES =
      List.of("build", "runtime", "image:stagecraft/debian:bookworm");

  private AppFixture app;
  @TempDir Path tmp;

  @Start
  void start(javafx.stage.Stage stage) {
    app = new AppFixture(stage);
  }

  @AfterEach
  void tearDown() {
    app.dispose();
  }

  @Test
  void aBoxWhoseTextChangedShowsItInItsOwnNodesAndTheOthersAreUntouched() {
    List<Node> before = views();
    List<Node> arrows = arrows();
    long layouts = fx(() -> app.window.model().layoutsRun());
    PlacedNode build = fx(() -> app.window.model().snapshot().layout().node("build"));
    List<Node> runtimeParts = fx(() -> List.copyOf(runtime().lookupAll("*")));

    // Same length, so the box keeps its size and the diagram its shape.
    replace("ENV PYTHONPATH=/app/deps", "ENV PYTHONPATH=/app/libs");

    List<Node> after = views();
    assertSame(before.get(1), after.get(1), "the runtime box is the same node");
    assertEquals(
        runtimeParts,
        fx(() -> List.copyOf(runtime().lookupAll("*"))),
        "and so is each of its parts");
    assertTrue(rowTexts().contains(" PYTHONPATH=/app/libs"), rowTexts().toString());
    assertFalse(rowTexts().contains(" PYTHONPATH=/app/deps"), rowTexts().toString());
    assertTrue(fx(() -> after.get(1).isCache()), "still drawn from its bitmap");
    assertEquals(
        boxes(), (int) fx(() -> after.get(0).getParent().getChildrenUnmodifiable().size()));
    assertSame(before.get(0), after.get(0), "the build box is the same node");
    assertSame(before.get(2), after.get(2), "the image pill is the same node");
    assertEquals(arrows, arrows(), "every arrow is the same node");
    assertEquals(layouts, (long) fx(() -> app.window.model().layoutsRun()), "no new layout");
    assertEquals(build, fx(() -> app.window.model().snapshot().layout().node("build")));
  }

  @Test
  void aBoxThatGainedARowIsMadeAgainAndItsArrowsMoveInPlace() {
    List<Node> before = views();
    List<Node> arrows = arrows();
    List<RoutedEdge> routes = fx(() -> app.window.model().snapshot().layout().edges());

    replace("ENV PYTHONPATH=/app/deps\n", "ENV PYTHONPATH=/app/deps\nENV MORE=1\n");

    List<Node> after = views();
    assertNotSame(before.get(1), after.get(1), "the taller runtime box is a new view");
    assertNull(fx(() -> before.get(1).getParent()), "the box it replaced is gone");
    assertTrue(rowTexts().contains(" MORE=1"), rowTexts().toString());
    List<RoutedEdge> moved = fx(() -> app.window.model().snapshot().layout().edges());
    assertNotEquals(routes, moved, "the arrows into the taller box took new routes");
    assertEquals(arrows, arrows(), "drawn by the same nodes");
    for (RoutedEdge r : moved) {
      CubicCurve curve =
          fx(
              () ->
                  (CubicCurve)
                      app.window.canvas().edgeView(r.edge().graphEdgeIndex()).lookup(".edge-hit"));
      assertEquals(r.end().x(), fx(curve::getEndX));
      assertEquals(r.end().y(), fx(curve::getEndY));
      assertEquals(r.start().y(), fx(curve::getStartY));
    }
  }

  @Test
  void theOverviewKeepsItsBlocksWhenTheBoxesStayInPlace() throws Exception {
    app.open(tmp, SyntheticDockerfile.generate(600, 40));
    List<Node> blocks = fx(() -> List.copyOf(app.window.canvas().lookupAll(".minimap-box")));
    assertEquals(boxes(), blocks.size());
    long revision = fx(() -> app.window.model().currentSnapshot().revision());

    fx(
        () -> {
          Document document = app.window.model().document();
          app.window
              .model()
              .apply(DocumentEdit.of("Typing", TextEdit.insert(document.text().length(), "# n\n")));
          return null;
        });

    assertTrue(fx(() -> app.window.model().currentSnapshot().revision()) > revision);
    assertEquals(blocks, fx(() -> List.copyOf(app.window.canvas().lookupAll(".minimap-box"))));
  }

  private Node runtime() {
    return app.window.canvas().nodeView("runtime");
  }

  /** The arguments of the runtime box's rows, as drawn. */
  private List<String> rowTexts() {
    return fx(
        () ->
            runtime().lookupAll(".row-argument").stream()
                .map(n -> ((javafx.scene.text.Text) n).getText())
                .toList());
  }

  @Test
  void linesTypedAboveTheStagesKeepEveryBox() {
    List<Node> before = views();
    List<Node> arrows = arrows();
    fx(
        () -> {
          app.window.model().apply(DocumentEdit.of("Typing", TextEdit.insert(0, "# top\n")));
          return null;
        });
    assertEquals(before, views(), "boxes that only moved down the file keep their nodes");
    assertEquals(arrows, arrows());
    assertEquals(List.of(), fx(() -> app.window.model().currentSnapshot().graph().diagnostics()));
  }

  @Test
  void boxesAndArrowsThatChangedLeaveNoOldViewBehind() {
    fx(
        () -> {
          Document document = app.window.model().document();
          app.window
              .model()
              .apply(
                  DocumentEdit.of(
                      "Typing", TextEdit.insert(document.text().length(), "RUN true\nRUN x\n")));
          return null;
        });
    List<Node> arrows = arrows();
    assertEquals(
        boxes(), (int) fx(() -> views().get(0).getParent().getChildrenUnmodifiable().size()));
    assertEquals(
        arrows.size(), (int) fx(() -> arrows.get(0).getParent().getChildrenUnmodifiable().size()));
  }

  private void replace(String from, String to) {
    fx(
        () -> {
          Document document = app.window.model().document();
          int at = document.text().indexOf(from);
          app.window.model().apply(DocumentEdit.of("Typing", new TextEdit(at, from.length(), to)));
          return null;
        });
    assertNotNull(fx(() -> app.window.model().currentSnapshot()));
  }

  /** How many boxes the shown layout has. */
  private int boxes() {
    return fx(() -> app.window.model().currentSnapshot().layout().nodes().size());
  }

  private List<Node> views() {
    List<Node> views =
        fx(() -> NODES.stream().map(id -> app.window.canvas().nodeView(id)).toList());
    assertFalse(views.contains(null), "every box is drawn: " + views);
    return views;
  }

  private List<Node> arrows() {
    return fx(
        () -> {
          int edges = app.window.model().snapshot().graph().edges().size();
          return java.util.stream.IntStream.range(0, edges)
              .mapToObj(i -> app.window.canvas().edgeView(i))
              .toList();
        });
  }
}
