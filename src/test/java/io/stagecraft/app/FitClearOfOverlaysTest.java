package io.stagecraft.app;

import static io.stagecraft.app.AppFixture.fx;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Fit shows every box (at 1024×700 and 1280×720, the headless screen's limit), and none under the
 * overview or the find tools floating over the canvas.
 */
@ExtendWith(ApplicationExtension.class)
class FitClearOfOverlaysTest {
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
  void fitKeepsEveryBoxClearOfTheOverviewAndTheTools(FxRobot robot) {
    for (double[] size : List.of(new double[] {1024, 700}, new double[] {1280, 720})) {
      robot.interact(
          () -> {
            app.window.stage().setWidth(size[0]);
            app.window.stage().setHeight(size[1]);
          });
      for (String text : List.of(grid(), wide(), tall())) {
        app.replaceText(robot, text);
        robot.clickOn(app.window.canvas());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        Node minimap = fx(() -> app.window.canvas().lookup(".minimap"));
        Node tools = fx(() -> app.window.canvas().lookup(".canvas-tools"));
        assertTrue(fx(minimap::isVisible));
        assertTrue(fx(tools::isVisible));
        Bounds overview = fx(() -> minimap.getBoundsInParent());
        Bounds find = fx(() -> tools.getBoundsInParent());
        for (String id : ids(text)) {
          Bounds box = fx(() -> app.inCanvas(id));
          String where = id + " at " + box + " in " + size[0] + "x" + size[1];
          assertTrue(fx(() -> app.window.canvas().getLayoutBounds().contains(box)), where);
          assertFalse(box.intersects(overview), where + " is under the overview " + overview);
          assertFalse(box.intersects(find), where + " is under the tools " + find);
        }
      }
    }
  }

  /** Five chains of stages side by side: a drawing as square as the view, filling its corners. */
  private static String grid() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      text.append("FROM alpine AS s").append(i).append("\nRUN echo ").append(i).append('\n');
      if (i >= 5) {
        text.append("COPY --from=s").append(i - 5).append(" /out /in\n");
      }
    }
    return text.toString();
  }

  /** Stages copying from the one before: one long row. */
  private static String wide() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 22; i++) {
      text.append("FROM alpine AS s").append(i).append("\nRUN echo ").append(i).append('\n');
      if (i > 0) {
        text.append("COPY --from=s").append(i - 1).append(" /out /in\n");
      }
    }
    return text.toString();
  }

  /** Stages copying from the first: one tall column. */
  private static String tall() {
    StringBuilder text = new StringBuilder("FROM alpine AS s0\n");
    for (int i = 1; i < 22; i++) {
      text.append("FROM alpine AS s").append(i).append("\nCOPY --from=s0 /out /in\n");
    }
    return text.toString();
  }

  private static List<String> ids(String text) {
    return text.lines().filter(l -> l.startsWith("FROM")).map(l -> l.substring(15)).toList();
  }
}
