package io.stagecraft.app;

import static io.stagecraft.app.AppFixture.fx;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.ui.concurrent.ExecutorBackgroundWork;
import io.stagecraft.ui.lint.ProblemsPanel;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the screen really shows of the Problems panel once its first fill arrives, with the window
 * started as the desktop app starts it: a lean first frame, the rest (code pane and panel included)
 * made once that frame is painted, the background work held back until then, the build panel
 * attached after. The screen is read back and compared with a fresh rendering of the panel.
 *
 * <p>In the app the fill went unpainted only when, in the pulse after the panel appeared, nothing
 * but unseen nodes inside it changed while another part of the window was painted (ADR 18); that
 * depends on timing, and under the test toolkit that pulse has not been seen to happen, so this
 * guards the outcome rather than reproducing the cause.
 */
@ExtendWith(ApplicationExtension.class)
class ProblemsPanelPaintedTest {
  /** Channels may differ this much (of 1) between the screen and a snapshot: text antialiasing. */
  private static final double CHANNEL_TOLERANCE = 0.2;

  private final Preferences recentNode =
      Preferences.userRoot().node("io/stagecraft/test/" + UUID.randomUUID());
  private MainWindow window;
  private DockerEngineGateway gateway;

  @Start
  void start(Stage stage) {
    ExecutorBackgroundWork background = ExecutorBackgroundWork.holdUntilReleased();
    window =
        new MainWindow(stage, background, new ScriptedPrompts(), new RecentFiles(recentNode), true);
    window.setBuildPanel(BuildPanels.placeholder());
    window.files().openSample();
    FirstPaint.whenPainted(
        stage.getScene(),
        () -> {
          background.release();
          window.complete();
          gateway = new DockerEngineGateway();
          BuildPanels.attach(window, gateway, ExecutorBackgroundWork.started(), Platform::runLater);
        });
    // The window of a 1280×800 screen, wherever the tests before left the stage.
    stage.setX(0);
    stage.setY(0);
    stage.setWidth(1280);
    stage.setHeight(800);
    stage.show();
  }

  @AfterEach
  void tearDown() throws BackingStoreException {
    if (gateway != null) {
      gateway.close();
    }
    recentNode.removeNode();
  }

  @Test
  void theFirstFillIsOnTheScreen(FxRobot robot) throws Exception {
    ProblemsPanel panel = filledPanel();
    settle();
    assertOnScreenAsItIs(robot, panel);
  }

  private ProblemsPanel filledPanel() throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> window.isCompleted()));
    ProblemsPanel panel = fx(() -> window.lint().panel());
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> fx(() -> !panel.table().getItems().isEmpty()));
    return panel;
  }

  /** Frames enough for any repaint to happen; the caret's blinking keeps the window painting. */
  private static void settle() throws InterruptedException {
    Thread.sleep(1200);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** The panel on the screen is the panel as it is now, rendered afresh. */
  private static void assertOnScreenAsItIs(FxRobot robot, ProblemsPanel panel) {
    Bounds onScreen = fx(() -> panel.localToScreen(panel.getLayoutBounds()));
    WritableImage rendered = fx(() -> panel.snapshot(null, null));
    Image screen =
        fx(
            () ->
                robot
                    .capture(
                        new Rectangle2D(
                            onScreen.getMinX(),
                            onScreen.getMinY(),
                            rendered.getWidth(),
                            rendered.getHeight()))
                    .getImage());
    double differing = differingShare(rendered, screen);
    assertTrue(
        differing < 0.02,
        String.format(
            "%.1f %% of the panel's pixels on the screen differ from the panel as it is",
            100 * differing));
    Node placeholder = fx(() -> panel.table().lookup(".placeholder"));
    assertTrue(placeholder == null || !fx(placeholder::isVisible), "the placeholder is hidden");
  }

  /** The share of pixels whose colours differ by more than the tolerance in some channel. */
  private static double differingShare(Image a, Image b) {
    int width = (int) Math.min(a.getWidth(), b.getWidth());
    int height = (int) Math.min(a.getHeight(), b.getHeight());
    PixelReader ra = a.getPixelReader();
    PixelReader rb = b.getPixelReader();
    long differing = 0;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        Color ca = ra.getColor(x, y);
        Color cb = rb.getColor(x, y);
        if (Math.abs(ca.getRed() - cb.getRed()) > CHANNEL_TOLERANCE
            || Math.abs(ca.getGreen() - cb.getGreen()) > CHANNEL_TOLERANCE
            || Math.abs(ca.getBlue() - cb.getBlue()) > CHANNEL_TOLERANCE) {
          differing++;
        }
      }
    }
    return differing / (double) (width * height);
  }
}
