package io.stagecraft.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.ui.concurrent.SameThreadBackgroundWork;
import io.stagecraft.ui.dialog.DialogFit;
import io.stagecraft.ui.split.SplitDecision;
import io.stagecraft.ui.split.SplitDialog;
import io.stagecraft.ui.split.SplitReview;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Dialogs on small screens: whole, inside the screen, with every button readable. */
@ExtendWith(ApplicationExtension.class)
class DialogsFitSmallScreensTest {
  private static final String FAT =
      "FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt .\n"
          + "RUN pip install -r requirements.txt\nCOPY . .\nCMD [\"python\", \"app.py\"]\n";

  private Stage owner;
  private Dialog<?> open;

  @Start
  void start(Stage stage) {
    owner = stage;
    stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 400, 300));
    stage.show();
  }

  @AfterEach
  void close(FxRobot robot) {
    if (open != null) {
      robot.interact(() -> open.close());
    }
  }

  @Test
  void theSlimItReviewFitsA1366x768Screen(FxRobot robot) {
    assertReviewFits(robot, new Rectangle2D(0, 0, 1366, 768));
  }

  @Test
  void theSlimItReviewFitsA1280x720Screen(FxRobot robot) {
    assertReviewFits(robot, new Rectangle2D(0, 0, 1280, 720));
  }

  @Test
  void aConfirmationKeepsItsLongestButtonWhole(FxRobot robot) {
    Alert alert =
        fx(
            () -> {
              Alert a = new Alert(Alert.AlertType.CONFIRMATION);
              a.initOwner(owner);
              a.setHeaderText("Other stages refer to build");
              a.getButtonTypes()
                  .setAll(
                      new ButtonType("Delete with references", ButtonBar.ButtonData.YES),
                      new ButtonType("Delete only the stage", ButtonBar.ButtonData.NO),
                      ButtonType.CANCEL);
              DialogFit.fit(a, () -> new Rectangle2D(0, 0, 1280, 720));
              return a;
            });
    open = alert;
    robot.interact(alert::show);
    for (ButtonType type : fx(() -> alert.getButtonTypes())) {
      Button button = (Button) fx(() -> alert.getDialogPane().lookupButton(type));
      assertTrue(
          fx(() -> button.getWidth() >= button.prefWidth(-1) - 0.5),
          type.getText()
              + " is cut: "
              + fx(button::getWidth)
              + " < "
              + fx(() -> button.prefWidth(-1)));
    }
  }

  private void assertReviewFits(FxRobot robot, Rectangle2D screen) {
    Dialog<SplitDecision> dialog =
        WaitForAsyncUtils.waitForAsyncFx(
            60_000,
            () ->
                new SplitDialog(() -> owner, () -> true, () -> screen)
                    .dialog(
                        new SplitReview(
                            FAT,
                            SplitReview.Mode.SLIM,
                            0,
                            null,
                            new SameThreadBackgroundWork(),
                            List.of())));
    open = dialog;
    robot.interact(dialog::show);
    WaitForAsyncUtils.waitForFxEvents();
    Rectangle2D window =
        fx(
            () ->
                new Rectangle2D(
                    dialog.getX(), dialog.getY(), dialog.getWidth(), dialog.getHeight()));
    assertTrue(
        window.getMinX() >= screen.getMinX()
            && window.getMinY() >= screen.getMinY()
            && window.getMaxX() <= screen.getMaxX()
            && window.getMaxY() <= screen.getMaxY(),
        "the dialog " + window + " leaves the screen " + screen);
    for (ButtonType type : fx(() -> dialog.getDialogPane().getButtonTypes())) {
      Node button = fx(() -> dialog.getDialogPane().lookupButton(type));
      Bounds b = fx(() -> button.localToScreen(button.getBoundsInLocal()));
      assertTrue(
          b.getMinY() >= window.getMinY()
              && b.getMaxY() <= window.getMaxY()
              && b.getMaxX() <= window.getMaxX(),
          type.getText() + " at " + b + " is outside the dialog " + window);
    }
  }

  private static <T> T fx(Callable<T> c) {
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.waitForAsyncFx(5000, c);
  }
}
