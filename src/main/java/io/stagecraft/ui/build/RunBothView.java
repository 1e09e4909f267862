package io.stagecraft.ui.build;

import io.stagecraft.core.build.ComparedVariant;
import io.stagecraft.core.build.RunResult;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Runs both images' default command and shows what each printed and how it ended. */
public final class RunBothView extends VBox {

  public RunBothView(BuildPanelModel model) {
    setSpacing(6);
    setPadding(new Insets(8));
    TextField args = new TextField();
    args.setId("run-args");
    args.setPromptText("arguments for the default command, separated by spaces");
    Spinner<Integer> timeout = new Spinner<>(1, 3600, 60);
    timeout.setEditable(true);
    timeout.setPrefWidth(90);
    timeout.setId("run-timeout");
    Button run = new Button("Run both");
    run.setId("run-both");
    VariantRun a = model.variant("A");
    VariantRun b = model.variant("B");
    run.disableProperty()
        .bind(
            a.resultProperty()
                .isNull()
                .or(b.resultProperty().isNull())
                .or(model.runningProperty()));
    run.setOnAction(
        e -> model.runBoth(split(args.getText()), Duration.ofSeconds(timeout.getValue())));
    // The verdict on a line of its own, wrapped: at the end of the controls it was cut off.
    Label status = new Label();
    status.setId("run-status");
    status.getStyleClass().add("run-status");
    status.setWrapText(true);
    status.setMinHeight(Region.USE_PREF_SIZE);
    status.setMaxWidth(Double.MAX_VALUE);
    status.textProperty().bind(model.runStatusProperty());
    status.managedProperty().bind(model.runStatusProperty().isNotEmpty());
    status.visibleProperty().bind(status.managedProperty());
    HBox controls =
        new HBox(8, new Label("Arguments"), args, new Label("Timeout (s)"), timeout, run);
    controls.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(args, Priority.ALWAYS);
    TextArea outA = output("A");
    TextArea outB = output("B");
    outA.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> describe(a.resultProperty().get()), a.resultProperty()));
    outB.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> describe(b.resultProperty().get()), b.resultProperty()));
    HBox outputs = new HBox(8, outA, outB);
    HBox.setHgrow(outA, Priority.ALWAYS);
    HBox.setHgrow(outB, Priority.ALWAYS);
    VBox.setVgrow(outputs, Priority.ALWAYS);
    getChildren().addAll(controls, status, outputs);
  }

  /** Splits on whitespace; the arguments go to the image's command as they are, with no shell. */
  static List<String> split(String text) {
    String t = text.strip();
    return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
  }

  private static TextArea output(String label) {
    TextArea area = new TextArea();
    area.setEditable(false);
    area.setId("run-output-" + label);
    area.getStyleClass().add("run-output");
    area.setPrefRowCount(6);
    return area;
  }

  static String describe(ComparedVariant v) {
    if (v == null || v.run() == null) {
      return "";
    }
    RunResult r = v.run();
    return v.label()
        + ": "
        + (r.timedOut() ? "stopped after the timeout" : "exit code " + r.exitCode())
        + String.format(Locale.ROOT, " in %.1f s", r.duration().toMillis() / 1000.0)
        + "\n\u2014 stdout \u2014\n"
        + r.stdout()
        + "\n\u2014 stderr \u2014\n"
        + r.stderr();
  }
}
