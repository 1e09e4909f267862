package io.stagecraft.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.ui.Theme;
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
    // The app's theme and stylesheet, which size dialogs too (Primer caps them at 600 px).
    Theme theme = Theme.LIGHT.install();
    javafx.scene.layout.Pane root = new javafx.scene.layout.Pane();
    theme.mark(root);
    javafx.scene.Scene scene = new javafx.scene.Scene(root, 400, 300);
    scene.getStylesheets().add(Theme.STYLESHEET);
    stage.setScene(scene);
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

  @Test
  void anErrorShowsItsWholeMessage(FxRobot robot) {
    String message =
        "The Dockerfile is already multi-stage and its final stage (line 13) builds nothing the"
            + " assistant recognises: choose a split point with a line number.";
    Alert alert =
        fx(
            () -> {
              Alert a = new Alert(Alert.AlertType.ERROR);
              a.initOwner(owner);
              a.setHeaderText("Cannot slim this Dockerfile");
              a.setContentText(message);
              DialogFit.fit(a, () -> new Rectangle2D(0, 0, 1366, 768));
              return a;
            });
    open = alert;
    robot.interact(alert::show);
    // What the label's skin draws: its text with "…" in place of what did not fit.
    String drawn =
        fx(
            () ->
                alert.getDialogPane().lookupAll(".content .text").stream()
                    .map(n -> ((javafx.scene.text.Text) n).getText())
                    .reduce("", String::concat));
    assertTrue(drawn.replace("\n", " ").contains("with a line number."), "drawn: " + drawn);
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
    // Every choice and field of the review shows its value whole: the runtime image's box must
    // not read "bu" for "busybox:stable".
    for (String id : List.of("#split-runtime", "#split-nonroot", "#split-debug")) {
      javafx.scene.control.Control c =
          (javafx.scene.control.Control) fx(() -> dialog.getDialogPane().lookup(id));
      assertTrue(
          fx(() -> c.getWidth() >= c.prefWidth(-1) - 0.5),
          id + " is cut: " + fx(c::getWidth) + " < " + fx(() -> c.prefWidth(-1)));
    }
    for (Node field : fx(() -> dialog.getDialogPane().lookupAll(".text-field"))) {
      javafx.scene.control.TextField t = (javafx.scene.control.TextField) field;
      String shown = fx(() -> t.getText().isEmpty() ? t.getPromptText() : t.getText());
      double needed = fx(() -> textWidth(t, shown));
      assertTrue(
          fx(() -> t.getWidth()) >= needed,
          t.getId() + " cuts \"" + shown + "\": " + fx(t::getWidth) + " < " + needed);
    }
  }

  /** The width {@code field} needs to show {@code text} whole, with its padding. */
  private static double textWidth(javafx.scene.control.TextField field, String text) {
    javafx.scene.text.Text t = new javafx.scene.text.Text(text);
    t.setFont(field.getFont());
    return t.getLayoutBounds().getWidth()
        + field.getInsets().getLeft()
        + field.getInsets().getRight();
  }

  private static <T> T fx(Callable<T> c) {
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.waitForAsyncFx(5000, c);
  }
}
