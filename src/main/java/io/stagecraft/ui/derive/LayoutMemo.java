package io.stagecraft.ui.derive;

import io.stagecraft.layout.Point;
import java.util.Map;

/**
 * The last automatic layout and the shape it was made for. Kept even when the revision it was made
 * for is gone: a later revision of the same shape reuses it.
 */
public record LayoutMemo(DiagramShape shape, Map<String, Point> positions) {
  public LayoutMemo {
    positions = Map.copyOf(positions);
  }

  /** Whether the positions are the layout of {@code other} as it is. */
  public boolean fits(DiagramShape other) {
    return shape.equals(other);
  }

  /** Whether the positions still place every box of {@code other}, which may have other sizes. */
  public boolean places(DiagramShape other) {
    return shape.sameBoxesAndLinks(other);
  }
}
