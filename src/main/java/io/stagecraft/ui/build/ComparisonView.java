package io.stagecraft.ui.build;

import io.stagecraft.core.build.ComparedVariant;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The results of both builds: the size chart, the attack surface and each image's layers. */
public final class ComparisonView extends ScrollPane {
  private final VBox content = new VBox(12);

  public ComparisonView() {
    getStyleClass().add("comparison-view");
    setFitToWidth(true);
    content.setPadding(new Insets(8));
    setContent(content);
    showNothing();
  }

  /** Shows that there is nothing to compare yet. */
  public void showNothing() {
    Label none = new Label("Build both variants to compare their images here.");
    none.getStyleClass().add("results-placeholder");
    content.getChildren().setAll(none);
  }

  /**
   * Shows the comparison of {@code a} and {@code b}.
   *
   * @param jumpFor how to show a line of a variant's Dockerfile, or null when it is not in the
   *     editor
   */
  public void show(ComparedVariant a, ComparedVariant b, Function<String, IntConsumer> jumpFor) {
    SizeChart chart = new SizeChart(a, b);
    chart.setId("size-chart");
    SurfaceTable surface = new SurfaceTable(a, b);
    // The chart and the layers share the wide left column; the attack surface is a tall, narrow
    // table.
    long scale = Math.max(LayerWaterfall.layerBytes(a), LayerWaterfall.layerBytes(b));
    VBox left =
        new VBox(
            14,
            chart,
            new LayerWaterfall(a, jumpFor.apply(a.label()), scale),
            new LayerWaterfall(b, jumpFor.apply(b.label()), scale));
    left.setMinWidth(360);
    left.setPrefWidth(0);
    HBox.setHgrow(left, Priority.ALWAYS);
    surface.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    content.getChildren().setAll(new HBox(24, left, surface));
  }
}
