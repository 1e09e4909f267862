package io.stagecraft.app;

import static io.stagecraft.app.AppFixture.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.model.EdgeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas's tooltips: one for the whole canvas, for whatever is under the mouse. */
@ExtendWith(ApplicationExtension.class)
class CanvasTipsTest {
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
  void restingOnAnArrowShowsItsLineAndAPressHidesIt(FxRobot robot) throws Exception {
    robot.moveTo(app.arrowPoint(e -> e.edge().kind() == EdgeKind.COPY));
    String copy =
        fx(
            () ->
                app.window
                    .model()
                    .document()
                    .text()
                    .lines()
                    .filter(l -> l.startsWith("COPY --from="))
                    .findFirst()
                    .orElseThrow());
    int line = fx(() -> app.window.model().document().text().lines().toList().indexOf(copy)) + 1;
    waitForTip("Line " + line + ": " + copy);
    robot.press(javafx.scene.input.MouseButton.PRIMARY);
    robot.release(javafx.scene.input.MouseButton.PRIMARY);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownTip() == null);
  }

  @Test
  void restingOnAnImageShowsItsNameAndMovingOffTheCanvasHidesIt(FxRobot robot) throws Exception {
    var image =
        fx(
            () ->
                app.window.model().snapshot().layout().nodes().stream()
                    .filter(n -> !n.node().isStage())
                    .findFirst()
                    .orElseThrow()
                    .node());
    robot.moveTo(fx(() -> app.window.canvas().nodeView(image.id())));
    waitForTip("External image " + image.title());
    robot.moveTo(app.area());
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownTip() == null);
  }

  @Test
  void noArrowOrBoxCarriesATooltipOfItsOwn() {
    // A tooltip installed on a node is a popup window with its own scene: a thousand arrows held
    // more memory in them than in the drawing.
    List<Node> withTooltips = new ArrayList<>();
    fx(() -> collectInstalled(app.window.canvas().drawing(), withTooltips));
    assertTrue(fx(() -> app.window.canvas().drawing().lookupAll(".diagram-edge").size()) > 0);
    assertEquals(List.of(), withTooltips);
  }

  private static void collectInstalled(Node node, List<Node> out) {
    if (node.getProperties().values().stream().anyMatch(v -> v instanceof Tooltip)) {
      out.add(node);
    }
    if (node instanceof Parent p) {
      p.getChildrenUnmodifiable().forEach(child -> collectInstalled(child, out));
    }
  }

  private static void waitForTip(String text) throws Exception {
    try {
      WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text.equals(shownTip()));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("expected the tip \"" + text + "\", shown: " + shownTip(), e);
    }
  }

  private static String shownTip() {
    return fx(
        () ->
            Window.getWindows().stream()
                .filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> ((Tooltip) w).getText())
                .findFirst()
                .orElse(null));
  }
}
