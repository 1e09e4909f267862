package io.stagecraft.app;

import static io.stagecraft.app.AppFixture.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A mistyped {@code --from} gets its "did you mean" fix in the code pane and on the canvas. */
@ExtendWith(ApplicationExtension.class)
class ReferenceQuickFixTest {
  private static final String TYPO =
      "FROM alpine AS build\nRUN make\nFROM busybox\nCOPY --from=biuld /out /app\n";
  private static final String FIXED = TYPO.replace("biuld", "build");
  private static final String FIX = "Use stage \"build\" on line 4";

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
  void altEnterOnTheLineOffersTheFixAndTheHoverNamesIt(FxRobot robot) {
    app.replaceText(robot, TYPO);
    int at = TYPO.indexOf("biuld");
    assertTrue(
        fx(() -> app.window.codePane().diagnosticsAt(at + 1))
            .contains("Alt+Enter or right-click: Use stage \"build\""),
        fx(() -> app.window.codePane().diagnosticsAt(at + 1)));
    robot.clickOn(app.area());
    robot.interact(() -> app.area().moveTo(3, 0));
    robot.push(KeyCode.ALT, KeyCode.ENTER);
    ContextMenu menu = fx(() -> app.window.lint().fixes().popup());
    assertTrue(fx(menu::isShowing));
    assertEquals(FIX, items(menu).get(0), items(menu).toString());
    robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
    assertEquals(FIXED, app.text());
    robot.push(KeyCode.CONTROL, KeyCode.Z);
    assertEquals(TYPO, app.text(), "one undoable edit");
  }

  @Test
  void theCodePanesMenuOffersTheFixOfTheClickedLine(FxRobot robot) {
    app.replaceText(robot, TYPO);
    int at = TYPO.indexOf("biuld");
    Bounds word = fx(() -> app.area().getCharacterBoundsOnScreen(at, at + 5).orElseThrow());
    ContextMenuRequests.at(
        robot, app.area(), new javafx.geometry.Point2D(word.getCenterX(), word.getCenterY()));
    ContextMenu menu = shownMenu();
    assertEquals(FIX, items(menu).get(0), items(menu).toString());
    robot.interact(() -> menu.getItems().get(0).fire());
    assertEquals(FIXED, app.text());
    robot.type(KeyCode.ESCAPE);
    robot.interact(() -> app.area().moveTo(0));
    ContextMenuRequests.at(
        robot, app.area(), new javafx.geometry.Point2D(word.getCenterX(), word.getCenterY()));
    assertTrue(
        items(shownMenu()).stream().noneMatch(t -> t.startsWith("Use stage")),
        "fixed: no fix left to offer");
    robot.type(KeyCode.ESCAPE);
  }

  @Test
  void theStageBoxAndTheMistypedImageOfferItOnTheCanvas(FxRobot robot) {
    app.replaceText(robot, TYPO);
    robot.interact(() -> app.window.canvas().requestFocus());
    String last = "#1"; // the unnamed final stage
    for (int i = 0;
        i < 10 && !last.equals(fx(() -> app.window.canvas().keyboardFocus().nodeId()));
        i++) {
      robot.type(KeyCode.TAB);
    }
    robot.type(KeyCode.CONTEXT_MENU);
    ContextMenu menu = shownMenu();
    assertEquals(FIX, items(menu).get(0), items(menu).toString());
    robot.type(KeyCode.ESCAPE);

    javafx.scene.Node image = fx(() -> app.window.canvas().nodeView("image:biuld"));
    Bounds onScreen = fx(() -> image.localToScreen(image.getLayoutBounds()));
    ContextMenuRequests.at(
        robot, image, new javafx.geometry.Point2D(onScreen.getCenterX(), onScreen.getCenterY()));
    ContextMenu imageMenu = shownMenu();
    assertEquals(List.of(FIX), items(imageMenu));
    robot.interact(() -> imageMenu.getItems().get(0).fire());
    assertEquals(FIXED, app.text());
  }

  private static ContextMenu shownMenu() {
    return ContextMenuRequests.shown();
  }

  private static List<String> items(ContextMenu menu) {
    return fx(
        () -> menu.getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList());
  }
}
