package io.stagecraft.ui.canvas;

import io.stagecraft.layout.Rect;
import java.util.List;

/**
 * Where a fit puts the drawing: the part of the view that the panels floating over the canvas (the
 * overview in its corner, the find tools) leave free. Each panel can be kept clear either beside it
 * or above or below it; of every such choice, the one that shows the drawing largest wins.
 */
final class FitArea {
  /** The room left between the drawing and a panel. */
  static final double GAP = 8;

  private FitArea() {}

  /**
   * The part of a {@code width} by {@code height} view to fit {@code drawing} into, clear of every
   * panel in {@code panels} (view coordinates).
   */
  static Rect clearOf(double width, double height, Rect drawing, List<Rect> panels) {
    Rect best = new Rect(0, 0, width, height);
    double bestScale = -1;
    for (int choice = 0; choice < 1 << panels.size(); choice++) {
      Rect area = new Rect(0, 0, width, height);
      for (int i = 0; i < panels.size(); i++) {
        area = avoid(area, panels.get(i), (choice & (1 << i)) != 0, width, height);
      }
      double scale = scale(drawing, area);
      if (scale > bestScale) {
        bestScale = scale;
        best = area;
      }
    }
    return best;
  }

  /** {@code area} without the band beside {@code panel} ({@code sideways}) or above/below it. */
  private static Rect avoid(Rect area, Rect panel, boolean sideways, double width, double height) {
    double left = area.x();
    double top = area.y();
    double right = area.maxX();
    double bottom = area.maxY();
    if (sideways) {
      if (panel.x() + panel.width() / 2 > width / 2) {
        right = Math.min(right, panel.x() - GAP);
      } else {
        left = Math.max(left, panel.maxX() + GAP);
      }
    } else if (panel.y() + panel.height() / 2 > height / 2) {
      bottom = Math.min(bottom, panel.y() - GAP);
    } else {
      top = Math.max(top, panel.maxY() + GAP);
    }
    return new Rect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
  }

  private static double scale(Rect drawing, Rect area) {
    if (drawing.width() <= 0 || drawing.height() <= 0) {
      return area.width() * area.height();
    }
    return Math.min(area.width() / drawing.width(), area.height() / drawing.height());
  }
}
