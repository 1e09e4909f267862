package io.stagecraft.ui.build;

import io.stagecraft.core.build.ComparedVariant;
import io.stagecraft.core.build.Sizes;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Two bars, one per image, as long as the images are large, with exact sizes and the ratio. */
public final class SizeChart extends VBox {

  public SizeChart(ComparedVariant a, ComparedVariant b) {
    getStyleClass().add("size-chart");
    setSpacing(6);
    long max = Math.max(1, Math.max(a.image().sizeBytes(), b.image().sizeBytes()));
    GridPane bars = new GridPane();
    bars.setHgap(10);
    bars.setVgap(6);
    ColumnConstraints name = new ColumnConstraints();
    ColumnConstraints bar = new ColumnConstraints();
    bar.setHgrow(Priority.ALWAYS);
    bar.setMinWidth(120);
    ColumnConstraints size = new ColumnConstraints();
    size.setMinWidth(Region.USE_PREF_SIZE);
    bars.getColumnConstraints().addAll(name, bar, size);
    addRow(bars, 0, a, max, "bar-a");
    addRow(bars, 1, b, max, "bar-b");
    Label ratio = new Label(ratioText(a, b));
    ratio.getStyleClass().add("size-ratio");
    ratio.setId("size-ratio");
    getChildren().addAll(bars, ratio);
  }

  /** For example "A is 3.21× the size of B; B is 84,012,544 B (80.1 MiB) smaller". */
  static String ratioText(ComparedVariant a, ComparedVariant b) {
    long sa = a.image().sizeBytes();
    long sb = b.image().sizeBytes();
    String smaller = sa >= sb ? b.label() : a.label();
    return String.format(
        Locale.ROOT,
        "%s is %s\u00D7 the size of %s; %s is %s smaller",
        a.label(),
        Sizes.ratio(sa, sb),
        b.label(),
        smaller,
        Sizes.exactAndHuman(Math.abs(sa - sb)));
  }

  private static void addRow(GridPane grid, int row, ComparedVariant v, long max, String style) {
    Label name = new Label(v.label());
    name.getStyleClass().add("size-chart-label");
    Region fill = new Region();
    fill.getStyleClass().addAll("size-bar", style);
    fill.setMinHeight(22);
    StackPane track = new StackPane(fill);
    track.setAlignment(Pos.CENTER_LEFT);
    track.getStyleClass().add("size-track");
    double fraction = (double) v.image().sizeBytes() / max;
    // The bar keeps a sliver even for a tiny image, so both sides stay visible.
    fill.maxWidthProperty().bind(track.widthProperty().multiply(Math.max(0.01, fraction)));
    fill.prefWidthProperty().bind(fill.maxWidthProperty());
    Label size = new Label(Sizes.exactAndHuman(v.image().sizeBytes()));
    size.setId("size-" + v.label());
    grid.add(name, 0, row);
    grid.add(track, 1, row);
    grid.add(size, 2, row);
  }
}
