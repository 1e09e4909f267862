package io.stagecraft.ui.build;

import io.stagecraft.core.build.BuildError;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One variant's build as it happens: the step and a bar, the context size, the log and any failure.
 */
public final class VariantProgress extends VBox {

  /**
   * @param jumpToLine shows a line of the document in the code pane
   * @param buildsDocument whether the variant builds the document in the editor, so a failing line
   *     can be shown there
   */
  public VariantProgress(VariantRun run, IntConsumer jumpToLine, Supplier<Boolean> buildsDocument) {
    getStyleClass().add("variant-progress");
    setSpacing(4);
    String label = run.label();
    ProgressBar bar = new ProgressBar();
    bar.progressProperty().bind(run.progressProperty());
    bar.setMaxWidth(Double.MAX_VALUE);
    bar.setId("progress-" + label);
    bar.visibleProperty().bind(run.phaseProperty().isNotEqualTo(VariantRun.Phase.IDLE));
    Label status = new Label();
    status.textProperty().bind(run.statusProperty());
    status.setId("status-" + label);
    status.getStyleClass().add("variant-status");
    Label context = new Label();
    context.textProperty().bind(run.contextProperty());
    context.setId("context-" + label);
    run.contextWarningProperty()
        .addListener(
            (o, was, warn) -> {
              context.getStyleClass().remove("context-warning");
              if (warn) {
                context.getStyleClass().add("context-warning");
              }
            });
    context.managedProperty().bind(run.contextProperty().isNotEmpty());
    Label error = new Label();
    error.setId("error-" + label);
    error.getStyleClass().add("build-error");
    error.setWrapText(true);
    error.setMaxHeight(60);
    Hyperlink jump = new Hyperlink();
    jump.setId("jump-" + label);
    jump.setMinWidth(Region.USE_PREF_SIZE);
    HBox failure = new HBox(6, error, jump);
    failure.setAlignment(Pos.TOP_LEFT);
    HBox.setHgrow(error, Priority.ALWAYS);
    run.errorProperty()
        .addListener((o, was, e) -> showError(run, e, error, jump, jumpToLine, buildsDocument));
    failure.visibleProperty().bind(run.errorProperty().isNotNull());
    failure.managedProperty().bind(failure.visibleProperty());
    ListView<String> log = new ListView<>(run.log());
    log.setId("log-" + label);
    log.getStyleClass().add("build-log");
    log.setPrefHeight(90);
    // Follow the end of the log as lines arrive, like a terminal. Deferred, because the list's skin
    // hears of new lines after this listener and would undo a scroll made now.
    run.log()
        .addListener(
            (ListChangeListener<String>)
                c ->
                    Platform.runLater(
                        () -> {
                          if (!run.log().isEmpty()) {
                            log.scrollTo(run.log().size() - 1);
                          }
                        }));
    VBox.setVgrow(log, Priority.ALWAYS);
    HBox head = new HBox(8, bar, context);
    HBox.setHgrow(bar, Priority.ALWAYS);
    head.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(head, status, failure, log);
  }

  private static void showError(
      VariantRun run,
      BuildError e,
      Label error,
      Hyperlink jump,
      IntConsumer jumpToLine,
      Supplier<Boolean> buildsDocument) {
    if (e == null) {
      error.setText("");
      error.setTooltip(null);
      jump.setVisible(false);
      return;
    }
    String where = e.hasLine() ? "Line " + e.line() + " (" + run.lineText(e.line()) + "): " : "";
    error.setText(where + e.message());
    // Long messages are cut to the lines the panel has room for; the tooltip and the log hold
    // all of it.
    error.setTooltip(new Tooltip(where + e.message()));
    error.getTooltip().setWrapText(true);
    error.getTooltip().setMaxWidth(640);
    boolean canJump = e.hasLine() && buildsDocument.get();
    jump.setVisible(canJump);
    jump.setText(canJump ? "Go to line " + e.line() : "");
    jump.setOnAction(ev -> jumpToLine.accept(e.line()));
    if (canJump) {
      // A failure shows its line at once; the user came for it.
      jumpToLine.accept(e.line());
    }
  }
}
