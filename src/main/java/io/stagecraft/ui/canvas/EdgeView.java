package io.stagecraft.ui.canvas;

import io.stagecraft.layout.RoutedEdge;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;

/** An arrow: solid for FROM, dashed for COPY --from, dotted for RUN --mount from. */
final class EdgeView extends Group {
  private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
  private static final double HEAD = 9;
  private final RoutedEdge routed;
  private final CubicCurve hit;

  EdgeView(RoutedEdge routed, Supplier<String> description) {
    this.routed = routed;
    getStyleClass().addAll("diagram-edge", routed.edge().kind().label());
    hit = curve(routed);
    hit.getStyleClass().add("edge-hit");
    CubicCurve line = curve(routed);
    line.getStyleClass().add("edge-line");
    line.setEndX(routed.end().x() - HEAD + 2);
    line.setMouseTransparent(true);
    Polygon head =
        new Polygon(
            routed.end().x(),
            routed.end().y(),
            routed.end().x() - HEAD,
            routed.end().y() - HEAD / 2,
            routed.end().x() - HEAD,
            routed.end().y() + HEAD / 2);
    head.getStyleClass().add("edge-head");
    getChildren().addAll(hit, line, head);
    if (routed.labelBounds() != null) {
      Label label = new Label(routed.edge().label());
      label.getStyleClass().add("edge-label");
      label.setMouseTransparent(true);
      // Centred in the spot the layout kept clear for it.
      label
          .layoutBoundsProperty()
          .addListener(
              (obs, was, b) ->
                  label.relocate(
                      routed.labelBounds().centre().x() - b.getWidth() / 2,
                      routed.labelBounds().centre().y() - b.getHeight() / 2));
      getChildren().add(label);
    }
    if (routed.edge().byArgs()) {
      getStyleClass().add("by-args");
    }
    describe(description);
  }

  private static CubicCurve curve(RoutedEdge r) {
    return new CubicCurve(
        r.start().x(),
        r.start().y(),
        r.control1().x(),
        r.control1().y(),
        r.control2().x(),
        r.control2().y(),
        r.end().x(),
        r.end().y());
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
