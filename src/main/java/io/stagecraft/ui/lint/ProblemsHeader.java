package io.stagecraft.ui.lint;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Problems panel's header: its title and summary, then the filters and the rules' menu. Every
 * control keeps the width its value needs; where one row cannot hold them all (the code's side of a
 * 1024 px window), the filters move to a second row instead of being cut to "All s…".
 */
final class ProblemsHeader extends VBox {
  private static final double GAP = 8;
  private static final Insets PADDING = new Insets(2, 8, 2, 0);

  private final HBox titleRow;
  private final HBox controls;
  private final Region spacer = new Region();
  private boolean oneRow = true;

  ProblemsHeader(Label title, Label summary, List<? extends Control> controlsInOrder) {
    title.setMinWidth(Region.USE_PREF_SIZE);
    summary.setMinWidth(Region.USE_PREF_SIZE);
    controlsInOrder.forEach(c -> c.setMinWidth(Region.USE_PREF_SIZE));
    controls = new HBox(GAP);
    controls.getChildren().setAll(controlsInOrder);
    controls.setAlignment(Pos.CENTER_RIGHT);
    controls.setMinWidth(Region.USE_PREF_SIZE);
    HBox.setHgrow(spacer, Priority.ALWAYS);
    titleRow = new HBox(GAP, title, summary, spacer, controls);
    titleRow.setAlignment(Pos.CENTER_LEFT);
    getChildren().add(titleRow);
    getStyleClass().add("pane-header");
    setPadding(PADDING);
    setSpacing(2);
    // Its width is the panel's, never more: it is what decides between one row and two.
    setMinWidth(0);
  }

  @Override
  protected void layoutChildren() {
    // The controls' widths are known only once their skins are made, and change with the rule
    // filter's choices: decided at each layout.
    arrange();
    super.layoutChildren();
  }

  /** Whether the filters share the title's row, for tests. */
  boolean isOneRow() {
    return oneRow;
  }

  /** One row when the title, the summary and the controls fit side by side, two otherwise. */
  private void arrange() {
    double needed =
        PADDING.getLeft()
            + PADDING.getRight()
            + titleRow.getChildren().stream()
                .filter(n -> n != spacer && n != controls)
                .mapToDouble(n -> n.prefWidth(-1) + GAP)
                .sum()
            + GAP
            + controls.prefWidth(-1);
    boolean fits = needed <= getWidth();
    if (fits == oneRow) {
      return;
    }
    oneRow = fits;
    if (fits) {
      getChildren().setAll(titleRow);
      titleRow.getChildren().add(controls);
    } else {
      titleRow.getChildren().remove(controls);
      getChildren().setAll(titleRow, controls);
    }
  }
}
