package io.stagecraft.ui.build;

import io.stagecraft.core.build.ComparedVariant;
import io.stagecraft.core.build.ImageLayer;
import io.stagecraft.core.build.Sizes;
import java.util.function.IntConsumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * An image's layers, oldest first: each layer's bar starts where the layers before it end, so the
 * bars step down to the image's full size and the big steps stand out. A click on the row of a
 * layer made by a line of the document in the editor selects that line there.
 */
public final class LayerWaterfall extends VBox {
  private static final javafx.css.PseudoClass HOVER = javafx.css.PseudoClass.getPseudoClass("over");

  /**
   * @param jumpToLine shows a Dockerfile line in the code pane, or null when the variant is not the
   *     document in the editor
   * @param scaleBytes the bytes a full-width bar stands for: the larger image's, so that the two
   *     waterfalls compare at a glance
   */
  public LayerWaterfall(ComparedVariant v, IntConsumer jumpToLine, long scaleBytes) {
    getStyleClass().add("layer-waterfall");
    Label title =
        new Label(
            v.label()
                + ": "
                + io.stagecraft.ui.Plural.of(
                    v.image().layers().size(), "history entry", "history entries")
                + ", "
                + io.stagecraft.ui.Plural.of(v.image().filesystemLayers(), "filesystem layer"));
    title.getStyleClass().add("results-heading");
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(2);
    ColumnConstraints line = new ColumnConstraints(44);
    ColumnConstraints size = new ColumnConstraints(72);
    ColumnConstraints bar = new ColumnConstraints(80, 160, Double.MAX_VALUE);
    bar.setHgrow(Priority.ALWAYS);
    ColumnConstraints what = new ColumnConstraints(120, 260, 420);
    grid.getColumnConstraints().addAll(line, size, bar, what);
    long total = Math.max(1, Math.max(scaleBytes, layerBytes(v)));
    long before = 0;
    int row = 0;
    for (ImageLayer layer : v.image().layers()) {
      boolean jumps = jumpToLine != null && !layer.fromBase() && layer.line() > 0;
      // Behind the cells, so the whole row shows it can be clicked and takes the click.
      Region band = new Region();
      band.getStyleClass().add("layer-row");
      band.setId("layer-" + v.label() + "-" + row);
      grid.add(band, 0, row, 4, 1);
      javafx.scene.Node lineCell = lineCell(layer, jumpToLine);
      grid.add(lineCell, 0, row);
      Label bytes = new Label(Sizes.human(layer.sizeBytes()));
      bytes.setTooltip(
          new Tooltip(String.format(java.util.Locale.ROOT, "%,d bytes", layer.sizeBytes())));
      grid.add(bytes, 1, row);
      Pane stepBar = step(before, layer.sizeBytes(), total, layer.fromBase());
      grid.add(stepBar, 2, row);
      String command = layer.hasCommand() ? layer.createdBy() : ImageLayer.NO_COMMAND;
      Label created = new Label(command);
      created.setTooltip(new Tooltip(command));
      created.getStyleClass().add("layer-created-by");
      grid.add(created, 3, row);
      if (jumps) {
        band.getStyleClass().add("jumps");
        for (javafx.scene.Node cell : java.util.List.of(band, lineCell, bytes, stepBar, created)) {
          cell.setCursor(javafx.scene.Cursor.HAND);
          cell.setOnMouseClicked(e -> jumpToLine.accept(layer.line()));
          cell.hoverProperty()
              .addListener((o, was, now) -> band.pseudoClassStateChanged(HOVER, now));
        }
      }
      before += layer.sizeBytes();
      row++;
    }
    getChildren().addAll(title, grid);
  }

  /** What the layers of {@code v} add up to. */
  public static long layerBytes(ComparedVariant v) {
    return v.image().layers().stream().mapToLong(ImageLayer::sizeBytes).sum();
  }

  private static javafx.scene.Node lineCell(ImageLayer layer, IntConsumer jumpToLine) {
    if (layer.fromBase()) {
      Label base = new Label("base");
      base.getStyleClass().add("layer-base");
      return base;
    }
    if (layer.line() <= 0) {
      return new Label("");
    }
    if (jumpToLine == null) {
      return new Label("L" + layer.line());
    }
    Hyperlink link = new Hyperlink("L" + layer.line());
    link.setTooltip(new Tooltip("Show line " + layer.line() + " in the Dockerfile"));
    link.setOnAction(e -> jumpToLine.accept(layer.line()));
    return link;
  }

  /** A bar from {@code before/total} to {@code (before+size)/total} of the row's width. */
  private static Pane step(long before, long size, long total, boolean fromBase) {
    Region fill = new Region();
    fill.getStyleClass().addAll("layer-step", fromBase ? "layer-step-base" : "layer-step-own");
    Pane track = new Pane(fill);
    track.setMinHeight(14);
    track.setPrefHeight(14);
    fill.layoutXProperty().bind(track.widthProperty().multiply((double) before / total));
    // A layer of a few bytes still gets a visible tick.
    fill.prefWidthProperty()
        .bind(track.widthProperty().multiply((double) size / total).add(size > 0 ? 2 : 0));
    fill.setPrefHeight(12);
    return track;
  }
}
