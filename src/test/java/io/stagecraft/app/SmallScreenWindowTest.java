package io.stagecraft.app;

import static io.stagecraft.app.AppFixture.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.engine.EngineEndpoint;
import io.stagecraft.ui.UserData;
import io.stagecraft.ui.build.BuildPanel;
import io.stagecraft.ui.concurrent.ExecutorBackgroundWork;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on a 1024×700 screen: nothing cut, a usable canvas, a panel that folds. */
@ExtendWith(ApplicationExtension.class)
class SmallScreenWindowTest {
  private AppFixture app;
  private BuildPanel panel;
  private DockerEngineGateway gateway;

  @Start
  void start(javafx.stage.Stage stage) throws Exception {
    // Other tests unfold the panel, and the choice is remembered in the shared user-data folder:
    // start from a user who never chose.
    Files.deleteIfExists(UserData.folder().resolve(BuildPanelDock.FILE));
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
    stage.setWidth(1024);
    stage.setHeight(700);
  }

  @AfterEach
  void tearDown() {
    gateway.close();
    app.dispose();
  }

  @Test
  void at1024x700NothingIsCutAndTheCanvasHasTheRoom(FxRobot robot) {
    assertFalse(fx(() -> robot.lookup("#build-body").query().isVisible()), "starts folded");
    double canvas = fx(() -> app.window.canvas().getHeight());
    assertTrue(canvas > 400, "the canvas is " + canvas + " px tall");
    Button slim = robot.lookup("#slim-it").queryAs(Button.class);
    assertEquals(ContentDisplay.GRAPHIC_ONLY, fx(slim::getContentDisplay));
    for (String id :
        new String[] {"#status-counts", "#build-both", "#build-cancel", "#build-export"}) {
      Labeled l = robot.lookup(id).queryAs(Labeled.class);
      assertTrue(
          fx(() -> l.getWidth() >= l.prefWidth(-1) - 0.5),
          id + " is cut: " + fx(l::getWidth) + " < " + fx(() -> l.prefWidth(-1)));
    }
    assertEquals(
        "2 stages \u00B7 3 arrows \u00B7 2 external images",
        fx(() -> robot.lookup("#status-counts").queryAs(Label.class).getText()));
  }

  @Test
  void theBuildPanelUnfoldsAndTheChoiceIsRemembered(FxRobot robot) throws Exception {
    Path state = UserData.folder().resolve(BuildPanelDock.FILE);
    robot.clickOn("#build-panel-toggle");
    Node body = robot.lookup("#build-body").query();
    assertTrue(fx(body::isVisible));
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> Files.exists(state) && new BuildPanelDock(state).expandedByUser());

    robot.clickOn("#build-panel-toggle");
    assertFalse(fx(body::isVisible));
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> !new BuildPanelDock(state).expandedByUser());
  }
}
