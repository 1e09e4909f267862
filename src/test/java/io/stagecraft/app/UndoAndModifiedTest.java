package io.stagecraft.app;

import static io.stagecraft.app.AppFixture.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.layout.Point;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The title's {@code *} and the question on quit follow the undo history, box moves included. */
@ExtendWith(ApplicationExtension.class)
class UndoAndModifiedTest {
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
  void undoingBackToTheSavedTextClearsTheMarkAndQuitDoesNotAsk(FxRobot robot) {
    robot.clickOn(app.area());
    robot.interact(() -> app.area().moveTo(app.area().getLength()));
    robot.write("# kept");
    app.prompts.files.add(tmp.resolve("calc.stagecraft"));
    robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
    assertEquals("Stagecraft \u2014 calc.stagecraft", title());
    String saved = app.text();
    robot.write(" and more");
    assertEquals("Stagecraft \u2014 calc.stagecraft *", title());
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    assertEquals(saved, app.text());
    assertEquals("Stagecraft \u2014 calc.stagecraft", title(), "back at the saved text");
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    assertEquals("Stagecraft \u2014 calc.stagecraft *", title(), "undone past the save");
    robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT);
    robot.release(KeyCode.CONTROL);
    assertEquals(saved, app.text());
    closeWindow(robot);
    assertEquals(List.of(), app.prompts.asked, "nothing to save, so nothing is asked");
  }

  @Test
  void movingABoxIsAModificationThatUndoMovesBack(FxRobot robot) throws Exception {
    app.prompts.files.add(tmp.resolve("calc.stagecraft"));
    assertTrue(fx(() -> app.window.files().saveAs()));
    Node runtime = fx(() -> app.window.canvas().nodeView("runtime"));
    double x = fx(runtime::getLayoutX);
    double y = fx(runtime::getLayoutY);
    Node header = fx(() -> runtime.lookup(".stage-header"));
    robot.drag(header, MouseButton.PRIMARY).moveBy(70, 90).release(MouseButton.PRIMARY);
    Point moved = fx(() -> app.window.model().pinnedPositions().get("runtime"));
    assertNotEquals(x, fx(runtime::getLayoutX), 0.5);
    assertTrue(title().endsWith(" *"), "a moved box is something to save in a project");
    assertEquals("Move runtime", fx(() -> app.window.model().document().undoDescription()));

    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    Node back = fx(() -> app.window.canvas().nodeView("runtime"));
    assertEquals(x, fx(back::getLayoutX), 0.5);
    assertEquals(y, fx(back::getLayoutY), 0.5);
    assertFalse(title().endsWith(" *"), title());
    robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT);
    robot.release(KeyCode.CONTROL);
    assertEquals(moved, fx(() -> app.window.model().pinnedPositions().get("runtime")));
    assertTrue(title().endsWith(" *"));
    closeWindow(robot);
    assertEquals(List.of("save changes to calc.stagecraft"), app.prompts.asked);
  }

  @Test
  void inAPlainDockerfileAMoveIsUndoableButLeavesNothingToSave(FxRobot robot) throws Exception {
    Path dockerfile = tmp.resolve("Dockerfile");
    Files.writeString(
        dockerfile, "FROM alpine AS build\nRUN make\nFROM alpine\nCOPY --from=build /a /a\n");
    assertTrue(fx(() -> app.window.files().load(dockerfile)));
    Node box = fx(() -> app.window.canvas().nodeView("build"));
    double x = fx(box::getLayoutX);
    robot
        .drag(fx(() -> box.lookup(".stage-header")), MouseButton.PRIMARY)
        .moveBy(0, 150)
        .release(MouseButton.PRIMARY);
    assertEquals(
        "Stagecraft \u2014 Dockerfile", title(), "positions are not saved in a Dockerfile");
    assertTrue(fx(() -> app.window.model().canUndoProperty().get()));
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    assertEquals(x, fx(() -> app.window.canvas().nodeView("build").getLayoutX()), 0.5);
    assertFalse(fx(() -> app.window.model().pinnedPositions().containsKey("build")));
  }

  private void closeWindow(FxRobot robot) {
    app.prompts.unsavedChoices.add(io.stagecraft.ui.dialog.Prompts.UnsavedChoice.CANCEL);
    robot.interact(
        () ->
            app.window
                .stage()
                .fireEvent(
                    new javafx.stage.WindowEvent(
                        app.window.stage(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
  }

  private String title() {
    return fx(() -> app.window.stage().getTitle());
  }
}
