package io.stagecraft.app;

import static io.stagecraft.app.AppFixture.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.engine.EngineEndpoint;
import io.stagecraft.ui.build.BuildPanel;
import io.stagecraft.ui.concurrent.ExecutorBackgroundWork;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window without a mouse: panes in turn, the build panel, the Edit menu, the shortcuts. */
@ExtendWith(ApplicationExtension.class)
class KeyboardTest {
  private AppFixture app;
  private BuildPanel panel;
  private DockerEngineGateway gateway;

  @Start
  void start(javafx.stage.Stage stage) throws Exception {
    app = new AppFixture(stage);
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    gateway =
        new DockerEngineGateway(
            EngineEndpoint.of(URI.create("tcp://127.0.0.1:" + closedPort), "test"),
            Duration.ofSeconds(2));
    panel =
        BuildPanels.attach(
            app.window, gateway, ExecutorBackgroundWork.started(), Platform::runLater);
  }

  @AfterEach
  void tearDown() {
    gateway.close();
    app.dispose();
  }

  @Test
  void f6AndCtrlTabGoThroughCanvasCodeAndBuildPanel(FxRobot robot) {
    robot.interact(() -> app.window.canvas().requestFocus());
    robot.type(KeyCode.F6);
    assertTrue(focusIsIn(app.window.codePane()), "F6 from the canvas goes to the code");
    robot.push(KeyCode.CONTROL, KeyCode.TAB);
    assertEquals("build-both", fx(() -> focused().getId()), "then to the build panel");
    robot.type(KeyCode.F6);
    assertTrue(focusIsIn(app.window.canvas()), "and round to the canvas");
    robot.push(KeyCode.SHIFT, KeyCode.F6);
    assertEquals("build-both", fx(() -> focused().getId()), "Shift+F6 goes back");
  }

  @Test
  void ctrlJUnfoldsTheBuildPanel(FxRobot robot) {
    robot.interact(() -> panel.expandedProperty().set(false));
    robot.push(KeyCode.CONTROL, KeyCode.J);
    assertTrue(fx(() -> panel.expandedProperty().get()));
    robot.push(KeyCode.CONTROL, KeyCode.J);
    assertTrue(fx(() -> !panel.expandedProperty().get()));
  }

  @Test
  void theEditMenuHasTheClipboardAndF1ShowsTheShortcuts(FxRobot robot) {
    MenuBar bar = fx(() -> (MenuBar) app.window.stage().getScene().lookup(".menu-bar"));
    List<String> edit =
        fx(() -> bar.getMenus().get(1).getItems().stream().map(MenuItem::getText).toList());
    assertTrue(
        edit.containsAll(List.of("Cu_t", "_Copy", "_Paste", "Select _All")), edit.toString());
    robot.interact(() -> app.window.codePane().area().requestFocus());
    robot.type(KeyCode.F1);
    WaitForAsyncUtils.waitForFxEvents();
    TextArea sheet =
        fx(
            () ->
                Window.getWindows().stream()
                    .map(w -> w.getScene().lookup("#help-sheet"))
                    .filter(n -> n != null)
                    .map(TextArea.class::cast)
                    .findFirst()
                    .orElseThrow());
    assertTrue(fx(() -> sheet.getText()).contains("F6 or Ctrl+Tab  next pane"));
    robot.interact(() -> sheet.getScene().getWindow().hide());
  }

  private Node focused() {
    return app.window.stage().getScene().getFocusOwner();
  }

  private boolean focusIsIn(Node pane) {
    return fx(
        () -> {
          for (Node n = focused(); n != null; n = n.getParent()) {
            if (n == pane) {
              return true;
            }
          }
          return false;
        });
  }
}
