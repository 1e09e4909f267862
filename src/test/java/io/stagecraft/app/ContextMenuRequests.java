package io.stagecraft.app;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Right-clicks as a desktop platform reports them, and the context menu they open. */
final class ContextMenuRequests {
  private ContextMenuRequests() {}

  /**
   * A right-click at {@code screen}: the headless platform does not turn right-clicks into context
   * menu requests as desktop platforms do, so the request is fired where the click lands.
   */
  static void at(FxRobot robot, Node target, Point2D screen) {
    robot.moveTo(screen);
    robot.interact(
        () -> {
          Point2D scene = target.localToScene(target.screenToLocal(screen));
          // Coordinates in the scene, as the platform reports them; the event gives the target its
          // own.
          javafx.event.Event.fireEvent(
              target,
              new ContextMenuEvent(
                  ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                  scene.getX(),
                  scene.getY(),
                  screen.getX(),
                  screen.getY(),
                  false,
                  new PickResult(target, scene.getX(), scene.getY())));
        });
  }

  /** The context menu on the screen. */
  static ContextMenu shown() {
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.waitForAsyncFx(
        5000,
        () ->
            Window.getWindows().stream()
                .filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(ContextMenu.class::cast)
                .findFirst()
                .orElseThrow());
  }
}
