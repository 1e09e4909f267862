package io.stagecraft.app;

import static io.stagecraft.app.AppFixture.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The canvas as a user sees it: boxes apart and still, drops that land clear, large files. */
@ExtendWith(ApplicationExtension.class)
class StillReadableCanvasTest {
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
  void typingADuplicateStageNameDrawsABoxOfItsOwnAndOthersStayPut(FxRobot robot) {
    Map<String, Bounds> before =
        fx(() -> Map.of("build", app.boxBounds("build"), "runtime", app.boxBounds("runtime")));
    robot.clickOn(app.area());
    robot.interact(() -> app.area().moveTo(app.area().getLength()));
    robot.write("FROM alpine AS build\n");
    assertNotNull(fx(() -> app.window.canvas().nodeView("build#2")));
    assertFalse(fx(() -> app.boxBounds("build").intersects(app.boxBounds("build#2"))));
    assertEquals(before.get("build"), fx(() -> app.boxBounds("build")));
    assertEquals(before.get("runtime"), fx(() -> app.boxBounds("runtime")));
  }

  @Test
  void aBoxDroppedOnAnotherLandsClearOfIt(FxRobot robot) {
    Node runtime = fx(() -> app.window.canvas().nodeView("runtime").lookup(".stage-title"));
    Node build = fx(() -> app.window.canvas().nodeView("build").lookup(".stage-title"));
    robot.drag(runtime).dropTo(build);
    assertFalse(
        fx(() -> app.boxBounds("runtime").intersects(app.boxBounds("build"))),
        () -> fx(() -> app.boxBounds("runtime") + " on " + app.boxBounds("build")));
  }

  @Test
  void aLargeFileOffersAnOverviewFindAndNamesOnlyAndFitShowsEverything(FxRobot robot) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      text.append("FROM alpine AS stage").append(i).append('\n');
      for (int r = 0; r < 5; r++) {
        text.append("RUN echo ").append(r).append('\n');
      }
      if (i > 0) {
        text.append("COPY --from=stage").append(i / 2).append(" /out /in").append(i).append('\n');
      }
    }
    app.replaceText(robot, text.toString());
    robot.interact(() -> app.window.canvas().fit());
    assertTrue(fx(() -> app.window.canvas().lookup(".minimap").isVisible()));
    assertTrue(fx(() -> app.window.canvas().lookup(".canvas-tools").isVisible()));
    for (int i = 0; i < 24; i++) {
      String id = "stage" + i;
      assertTrue(
          fx(() -> app.window.canvas().getLayoutBounds().contains(app.inCanvas(id))),
          id + " is not fully in view after Fit");
    }
    double tall = fx(() -> app.boxBounds("stage3").getHeight());
    robot.clickOn(app.window.canvas());
    robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
    robot.write("stage17");
    assertEquals("stage17", fx(() -> app.window.model().selectionProperty().get().nodeId()));
    assertTrue(fx(() -> app.window.canvas().getLayoutBounds().contains(app.inCanvas("stage17"))));
    robot.clickOn(".canvas-tools .check-box");
    assertTrue(
        fx(() -> app.boxBounds("stage3").getHeight()) < tall / 2, "names only shows no rows");
  }
}
