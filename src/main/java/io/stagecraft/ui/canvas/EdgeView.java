package io.stagecraft.ui.canvas;

import io.stagecraft.layout.RoutedEdge;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;

/** An arrow: solid for FROM, dashed for COPY --from, dotted for RUN --mount from. */
final class EdgeView extends Group {
  private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
  private static final double HEAD = 9;
  private RoutedEdge routed;
  private final CubicCurve hit = new CubicCurve();
  private final CubicCurve line = new CubicCurve();
  private final Polygon head = new Polygon();
  private Label label;

  EdgeView(RoutedEdge routed, Supplier<String> description) {
    this.routed = routed;
    getStyleClass().addAll("diagram-edge", routed.edge().kind().label());
    hit.getStyleClass().add("edge-hit");
    line.getStyleClass().add("edge-line");
    line.setMouseTransparent(true);
    head.getStyleClass().add("edge-head");
    getChildren().addAll(hit, line, head);
    if (routed.labelBounds() != null) {
      label = new Label(routed.edge().label());
      label.getStyleClass().add("edge-label");
      label.setMouseTransparent(true);
      label.layoutBoundsProperty().addListener((obs, was, b) -> placeLabel());
      getChildren().add(label);
    }
    if (routed.edge().byArgs()) {
      getStyleClass().add("by-args");
    }
    route();
    describe(description);
  }

  /** Puts the curves, the head and the label where {@link #routed} has them. */
  private void route() {
    RoutedEdge r = routed;
    for (CubicCurve c : List.of(hit, line)) {
      c.setStartX(r.start().x());
      c.setStartY(r.start().y());
      c.setControlX1(r.control1().x());
      c.setControlY1(r.control1().y());
      c.setControlX2(r.control2().x());
      c.setControlY2(r.control2().y());
      c.setEndX(r.end().x());
      c.setEndY(r.end().y());
    }
    line.setEndX(r.end().x() - HEAD + 2);
    head.getPoints()
        .setAll(
            r.end().x(),
            r.end().y(),
            r.end().x() - HEAD,
            r.end().y() - HEAD / 2,
            r.end().x() - HEAD,
            r.end().y() + HEAD / 2);
    placeLabel();
  }

  /** Centres the label in the spot the layout kept clear for it. */
  private void placeLabel() {
    if (label != null) {
      Bounds b = label.getLayoutBounds();
      label.relocate(
          routed.labelBounds().centre().x() - b.getWidth() / 2,
          routed.labelBounds().centre().y() - b.getHeight() / 2);
    }
  }

  /**
   * Draws {@code next} in this view when it is the same kind of arrow with the same label and only
   * its route moved, as when a box grew or labels made room: moving the curves costs less than a
   * new view (its nodes, a CSS pass over each). False when it is drawn differently.
   */
  boolean showInPlace(RoutedEdge next) {
    if (next.edge().kind() != routed.edge().kind()
        || next.edge().byArgs() != routed.edge().byArgs()
        || !Objects.equals(next.edge().label(), routed.edge().label())
        || (next.labelBounds() == null) != (routed.labelBounds() == null)) {
      return false;
    }
    routed = next;
    route();
    return true;
  }

  /** Whether this view draws {@code next} as it is; then only its description may change. */
  boolean draws(RoutedEdge next) {
    return routed.equals(next);
  }

  /** Sets the arrow's tip: {@code description}, and the stages it can name if build args decide. */
  void describe(Supplier<String> description) {
    boolean byArgs = routed.edge().byArgs() && !routed.edge().alternatives().isEmpty();
    HoverTips.set(
        hit,
        byArgs
            ? () ->
                description.get()
                    + "\nDepends on build args; it can name: "
                    + String.join(", ", routed.edge().alternatives())
            : description);
  }

  int graphEdgeIndex() {
    return routed.edge().graphEdgeIndex();
  }

  RoutedEdge routed() {
    return routed;
  }

  void setSelected(boolean selected) {
    pseudoClassStateChanged(SELECTED, selected);
  }
}
