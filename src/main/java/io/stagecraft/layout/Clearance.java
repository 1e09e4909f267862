package io.stagecraft.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the nearest place for a box where it keeps a gap to every other box. Used when a dragged
 * box is dropped on another, when a box grows into a neighbour, and when a new box joins a kept
 * layout.
 */
public final class Clearance {
  /** The least space between two boxes. */
  public static final double GAP = 16;

  private Clearance() {}

  /**
   * The top-left corner nearest to {@code wanted} where a box of the given size keeps {@link #GAP}
   * to each of {@code others}: {@code wanted} itself when that is clear.
   */
  public static Point nearestFree(Point wanted, double width, double height, List<Rect> others) {
    return nearestFree(wanted, width, height, others, GAP);
  }

  /** The same with another gap. */
  static Point nearestFree(
      Point wanted, double width, double height, List<Rect> others, double gap) {
    if (isFree(new Rect(wanted.x(), wanted.y(), width, height), others, gap)) {
      return wanted;
    }
    // A clear spot nearest to the wanted one touches the gap around some box on the left or right,
    // and on the top or bottom, or keeps the wanted coordinate: those are the candidates.
    List<Double> xs = new ArrayList<>(List.of(wanted.x()));
    List<Double> ys = new ArrayList<>(List.of(wanted.y()));
    for (Rect o : others) {
      xs.add(o.maxX() + gap);
      xs.add(o.x() - gap - width);
      ys.add(o.maxY() + gap);
      ys.add(o.y() - gap - height);
    }
    Point best = null;
    double bestDistance = Double.MAX_VALUE;
    for (double x : xs) {
      for (double y : ys) {
        double d = Math.hypot(x - wanted.x(), y - wanted.y());
        if (d < bestDistance && isFree(new Rect(x, y, width, height), others, gap)) {
          best = new Point(x, y);
          bestDistance = d;
        }
      }
    }
    return best != null ? best : wanted;
  }

  private static boolean isFree(Rect box, List<Rect> others, double gap) {
    Rect padded = box.grow(gap - 0.5);
    for (Rect o : others) {
      if (padded.overlaps(o)) {
        return false;
      }
    }
    return true;
  }
}
