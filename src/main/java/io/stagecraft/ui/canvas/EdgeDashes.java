package io.stagecraft.ui.canvas;

import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * Arrows for {@code COPY --from} and {@code RUN --mount} are dashed only at a zoom where the dashes
 * can be seen. Far out, a dash of the style sheet's 8 px is a fraction of a pixel that reads as a
 * faint solid line, yet each curve is still cut into hundreds of dashes: on a hundred-stage diagram
 * drawing them took most of the render thread's time and held frames back by seconds while typing.
 * The style sheet dashes arrows under {@code .stage-canvas:dashes} only.
 */
final class EdgeDashes {
  static final PseudoClass SHOWN = PseudoClass.getPseudoClass("dashes");

  /** The zoom below which arrows are solid: a dash of 8 px is then under 2.4 px on the screen. */
  static final double FROM_SCALE = 0.3;

  private EdgeDashes() {}

  /** Dashes the arrows under {@code canvas} while the viewport's zoom shows them. */
  static void follow(Node canvas, Viewport viewport) {
    update(canvas, viewport);
    viewport.transform().mxxProperty().addListener(o -> update(canvas, viewport));
  }

  /** Dashes the arrows under {@code drawing} whatever its scale: a picture of the design. */
  static void show(Node drawing) {
    drawing.pseudoClassStateChanged(SHOWN, true);
  }

  private static void update(Node canvas, Viewport viewport) {
    // Set only when it changes: the pseudo-class restyles every arrow.
    boolean shown = viewport.scale() >= FROM_SCALE;
    if (shown != canvas.getPseudoClassStates().contains(SHOWN)) {
      canvas.pseudoClassStateChanged(SHOWN, shown);
    }
  }
}
