package io.stagecraft.ui.split;

import io.stagecraft.ui.dialog.DialogFit;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * The split's review as a dialog: the {@link SplitView}, with "Apply split", "Apply and verify"
 * (when a build panel can verify) and "Cancel".
 */
public final class SplitDialog implements SplitReviewer {
  private final Supplier<Window> owner;
  private final Supplier<Boolean> canVerify;
  private final Supplier<Rectangle2D> screen;

  /**
   * @param canVerify whether an engine is there to verify on, asked each time the dialog opens
   */
  public SplitDialog(Supplier<Window> owner, Supplier<Boolean> canVerify) {
    this(owner, canVerify, () -> DialogFit.screenOf(owner.get()));
  }

  /**
   * @param screen the part of the screen the dialog must fit in
   */
  public SplitDialog(
      Supplier<Window> owner, Supplier<Boolean> canVerify, Supplier<Rectangle2D> screen) {
    this.owner = owner;
    this.canVerify = canVerify;
    this.screen = screen;
  }

  @Override
  public Optional<SplitDecision> review(SplitReview review) {
    return dialog(review).showAndWait();
  }

  /** The review's dialog, not yet shown. */
  public Dialog<SplitDecision> dialog(SplitReview review) {
    Window window = owner.get();
    Scene scene = window == null ? null : window.getScene();
    SplitView view =
        new SplitView(
            review,
            scene == null ? java.util.List.of() : scene.getStylesheets(),
            scene == null ? java.util.List.of() : scene.getRoot().getStyleClass());
    Dialog<SplitDecision> dialog = new Dialog<>();
    dialog.initOwner(window);
    dialog.setTitle(review.title());
    dialog.setHeaderText(
        review.mode() == SplitReview.Mode.SLIM
            ? "The final stage becomes the builder; a minimal runtime stage gets only what the app needs."
            : "The instructions before line "
                + review.line()
                + " form the builder; a runtime stage starts after them.");
    dialog.setResizable(true);
    dialog.getDialogPane().setContent(view);
    // Roomy where the screen allows, for the diff and the diagram; on a small screen the dialog
    // fits it and its content scrolls, so Apply and Cancel stay in sight.
    dialog.getDialogPane().setPrefSize(1180, 760);
    if (scene != null) {
      dialog.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
      dialog
          .getDialogPane()
          .getStyleClass()
          .addAll(scene.getRoot().getStyleClass().filtered(c -> c.equals("dark")));
    }
    ButtonType apply = new ButtonType("Apply split", ButtonBar.ButtonData.OK_DONE);
    ButtonType verify = new ButtonType("Apply and verify", ButtonBar.ButtonData.OTHER);
    boolean verifiable = canVerify.get();
    if (verifiable) {
      dialog.getDialogPane().getButtonTypes().setAll(verify, apply, ButtonType.CANCEL);
    } else {
      dialog.getDialogPane().getButtonTypes().setAll(apply, ButtonType.CANCEL);
    }
    Runnable enable =
        () -> {
          boolean ok =
              !review.computing() && review.outcome() != null && review.outcome().applicable();
          dialog.getDialogPane().lookupButton(apply).setDisable(!ok);
          if (verifiable) {
            dialog.getDialogPane().lookupButton(verify).setDisable(!ok);
          }
        };
    review.addListener(enable);
    enable.run();
    if (verifiable) {
      ((Button) dialog.getDialogPane().lookupButton(verify))
          .setTooltip(
              new javafx.scene.control.Tooltip(
                  "Apply, then build the original (A) and the split (B) on the engine, run both and compare"));
    }
    dialog.setResultConverter(
        b ->
            b == apply || b == verify
                ? new SplitDecision(review.outcome().preview(), b == verify)
                : null);
    DialogFit.fit(dialog, screen);
    return dialog;
  }
}
