package io.stagecraft.layout;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

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
    return nearestFree(wanted, width, height, new RectIndex(others), gap);
  }

  /**
   * The same, against the rectangles of {@code others}.
   *
   * <p>The nearest clear spot touches the gap around a box on the left or right, and on the top or
   * bottom, or keeps the wanted coordinate: those are the candidates, one x and one y each. The
   * boxes that give the coordinates of a spot within {@code reach} of the wanted one lie within
   * {@code reach} and the gap of it, so the search looks at the boxes in a window around the wanted
   * spot, doubling its reach until a clear spot is within it. Of equally near spots the one
   * leftmost, then topmost, wins.
   */
  static Point nearestFree(
      Point wanted, double width, double height, RectIndex others, double gap) {
    if (isFree(new Rect(wanted.x(), wanted.y(), width, height), others, gap)) {
      return wanted;
    }
    Rect all = others.bounds();
    for (double reach = width + height + 2 * gap; ; reach *= 2) {
      Rect window =
          new Rect(
              wanted.x() - reach - gap - 1,
              wanted.y() - reach - gap - 1,
              2 * reach + width + 2 * gap + 2,
              2 * reach + height + 2 * gap + 2);
      boolean everything = window.contains(all);
      Point found =
          nearestCandidate(
              wanted, width, height, others, gap, others.within(window), everything ? -1 : reach);
      if (found != null) {
        return found;
      }
    }
  }

  /**
   * The clear candidate nearest to {@code wanted} from the coordinates {@code near} gives, within
   * {@code reach} (any distance when it is negative); null if none is.
   */
  private static Point nearestCandidate(
      Point wanted,
      double width,
      double height,
      RectIndex others,
      double gap,
      List<Rect> near,
      double reach) {
    int n = near.size();
    double[] xs = new double[2 * n + 1];
    double[] ys = new double[2 * n + 1];
    xs[0] = wanted.x();
    ys[0] = wanted.y();
    for (int i = 0; i < n; i++) {
      Rect o = near.get(i);
      xs[2 * i + 1] = o.maxX() + gap;
      xs[2 * i + 2] = o.x() - gap - width;
      ys[2 * i + 1] = o.maxY() + gap;
      ys[2 * i + 2] = o.y() - gap - height;
    }
    double[] xOrder = byDistance(xs, wanted.x());
    double[] yOrder = byDistance(ys, wanted.y());
    // Nearest first: the distance grows with either coordinate's own distance, so after a pair
    // only the next x or the next y can come.
    PriorityQueue<double[]> next = new PriorityQueue<>(Comparator.comparingDouble(c -> c[0]));
    Set<Long> queued = new HashSet<>();
    offer(next, queued, xOrder, yOrder, wanted, 0, 0);
    Point best = null;
    double bestDistance = 0;
    while (!next.isEmpty()) {
      double[] c = next.poll();
      double d = c[0];
      if ((best != null && d > bestDistance) || (reach >= 0 && d > reach)) {
        break;
      }
      int i = (int) c[1];
      int j = (int) c[2];
      Point p = new Point(xOrder[i], yOrder[j]);
      boolean better = best == null || p.x() < best.x() || (p.x() == best.x() && p.y() < best.y());
      if (better && isFree(new Rect(p.x(), p.y(), width, height), others, gap)) {
        best = p;
        bestDistance = d;
      }
      offer(next, queued, xOrder, yOrder, wanted, i + 1, j);
      offer(next, queued, xOrder, yOrder, wanted, i, j + 1);
    }
    return best;
  }

  /** {@code values} without repeats, nearest to {@code to} first. */
  private static double[] byDistance(double[] values, double to) {
    return Arrays.stream(values)
        .distinct()
        .boxed()
        .sorted(Comparator.comparingDouble(v -> Math.abs(v - to)))
        .mapToDouble(Double::doubleValue)
        .toArray();
  }

  private static void offer(
      PriorityQueue<double[]> next,
      Set<Long> queued,
      double[] xs,
      double[] ys,
      Point wanted,
      int i,
      int j) {
    if (i >= xs.length || j >= ys.length || !queued.add(RectIndex.spread(((long) i << 32) | j))) {
      return;
    }
    double d = Math.hypot(xs[i] - wanted.x(), ys[j] - wanted.y());
    next.add(new double[] {d, i, j});
  }

  private static boolean isFree(Rect box, RectIndex others, double gap) {
    return !others.anyOverlap(box.grow(gap - 0.5));
  }
}
