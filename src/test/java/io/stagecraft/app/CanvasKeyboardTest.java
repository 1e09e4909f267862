package io.stagecraft.app;

import static io.stagecraft.app.AppFixture.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.layout.Point;
import io.stagecraft.ui.model.Selection;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The canvas without a mouse: a ring the keys move, and Enter, F2, Delete and the menu key. */
@ExtendWith(ApplicationExtension.class)
class CanvasKeyboardTest {
  private static final String TEXT =
      "FROM alpine AS build\n"
          + "RUN make\n"
          + "FROM alpine AS test\n"
          + "COPY --from=build /out /out\n"
          + "FROM busybox AS runtime\n"
          + "COPY --from=build /out /app\n";

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
  void tabAndTheArrowsMoveARingBetweenBoxesAndArrows(FxRobot robot) {
    open(robot);
    Node ring = fx(() -> app.window.canvas().lookup(".focus-ring"));
    assertFalse(fx(ring::isVisible), "no ring before the keyboard is on the canvas");
    robot.type(KeyCode.TAB);
    Selection first = focus();
    assertFalse(first.isEmpty());
    assertTrue(fx(ring::isVisible));
    assertTrue(
        fx(() -> ring.getBoundsInParent().contains(app.boxBounds(first.nodeId()))),
        "the ring goes round the box");
    robot.type(KeyCode.TAB);
    assertNotEquals(first, focus());
    robot.push(KeyCode.SHIFT, KeyCode.TAB);
    assertEquals(first, focus(), "Shift+Tab goes back");

    List<Selection> seen = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      robot.type(KeyCode.TAB);
      seen.add(focus());
    }
    assertTrue(seen.stream().anyMatch(s -> s.edgeIndex() >= 0), "Tab reaches the arrows too");
    assertTrue(seen.stream().anyMatch(s -> "runtime".equals(s.nodeId())));

    tabTo(robot, "build");
    double x = centreX("build");
    robot.type(KeyCode.RIGHT);
    Selection right = focus();
    assertNotEquals("build", right.nodeId());
    assertTrue(centreOf(right) > x, "Right goes to something to the right");
    robot.type(KeyCode.LEFT);
    assertTrue(centreOf(focus()) < centreOf(right), "Left comes back leftwards");

    robot.interact(() -> app.area().requestFocus());
    assertFalse(fx(ring::isVisible), "the ring shows only while the canvas has the focus");
  }

  @Test
  void enterGoesToTheStagesCodeAndF2RenamesInPlace(FxRobot robot) {
    open(robot);
    tabTo(robot, "test");
    robot.type(KeyCode.ENTER);
    assertTrue(fx(() -> app.area().isFocused()), "Enter jumps to the code");
    assertEquals("test", fx(() -> app.window.model().selectionProperty().get().nodeId()));
    assertTrue(fx(() -> app.area().getSelectedText()).startsWith("FROM alpine AS test"));

    robot.interact(() -> app.window.canvas().requestFocus());
    tabTo(robot, "test");
    robot.type(KeyCode.F2);
    assertNotNull(fx(() -> app.window.canvas().lookup(".rename-field")));
    robot.push(KeyCode.CONTROL, KeyCode.A);
    robot.write("check");
    robot.type(KeyCode.ENTER);
    assertTrue(app.text().contains("FROM alpine AS check\n"), app.text());
  }

  @Test
  void deleteAsksWhenTheStageIsReferencedAndTheMenuKeyOpensItsMenu(FxRobot robot) {
    open(robot);
    tabTo(robot, "build");
    robot.type(KeyCode.DELETE);
    assertEquals(1, app.prompts.asked.size(), app.prompts.asked.toString());
    assertTrue(app.prompts.asked.get(0).startsWith("delete build referenced by"));
    assertEquals(TEXT, app.text(), "cancelled");

    tabTo(robot, "test");
    robot.type(KeyCode.DELETE);
    assertFalse(app.text().contains("AS test"), "nothing refers to it: deleted at once");

    tabTo(robot, "runtime");
    robot.type(KeyCode.CONTEXT_MENU);
    assertTrue(menuItems().contains("Rename stage\u2026"), menuItems().toString());
    Bounds box = fx(() -> screenBounds("runtime"));
    double menuX = fx(() -> shownMenu().getX());
    assertTrue(menuX >= box.getMinX() && menuX <= box.getMaxX(), "at the box");
    robot.type(KeyCode.ESCAPE);
    robot.interact(() -> app.window.canvas().requestFocus());
    robot.push(KeyCode.SHIFT, KeyCode.F10);
    assertTrue(menuItems().contains("Delete stage"), "Shift+F10 too");
    robot.type(KeyCode.ESCAPE);
  }

  @Test
  void altArrowsMoveTheBoxAsOneUndoableStep(FxRobot robot) {
    open(robot);
    tabTo(robot, "runtime");
    double y = fx(() -> app.window.canvas().nodeView("runtime").getLayoutY());
    robot.push(KeyCode.ALT, KeyCode.DOWN);
    Point moved = fx(() -> app.window.model().pinnedPositions().get("runtime"));
    assertNotNull(moved, "Alt+Down moved the box");
    assertTrue(moved.y() > y);
    assertEquals(moved.y(), fx(() -> app.window.canvas().nodeView("runtime").getLayoutY()), 0.5);
    assertEquals("runtime", focus().nodeId(), "the keyboard stays on the moved box");
    robot.push(KeyCode.CONTROL, KeyCode.Z);
    assertEquals(y, fx(() -> app.window.canvas().nodeView("runtime").getLayoutY()), 0.5);
  }

  private void open(FxRobot robot) {
    app.replaceText(robot, TEXT);
    robot.interact(() -> app.window.model().markSaved());
    robot.interact(() -> app.window.canvas().requestFocus());
  }

  private void tabTo(FxRobot robot, String id) {
    for (int i = 0; i < 20 && !id.equals(focus().nodeId()); i++) {
      robot.type(KeyCode.TAB);
    }
    assertEquals(id, focus().nodeId());
  }

  private Selection focus() {
    return fx(() -> app.window.canvas().keyboardFocus());
  }

  private double centreOf(Selection s) {
    if (s.nodeId() != null) {
      return centreX(s.nodeId());
    }
    return fx(
        () ->
            app.window.model().snapshot().layout().edges().stream()
                .filter(e -> e.edge().graphEdgeIndex() == s.edgeIndex())
                .findFirst()
                .map(e -> e.labelBounds() != null ? e.labelBounds().centre().x() : e.labelAt().x())
                .orElseThrow());
  }

  private double centreX(String id) {
    return fx(() -> app.boxBounds(id).getCenterX());
  }

  private Bounds screenBounds(String id) {
    Node view = app.window.canvas().nodeView(id);
    return view.localToScreen(view.getLayoutBounds());
  }

  private ContextMenu shownMenu() {
    return ContextMenuRequests.shown();
  }

  private List<String> menuItems() {
    return fx(() -> shownMenu().getItems().stream().map(MenuItem::getText).toList());
  }
}
