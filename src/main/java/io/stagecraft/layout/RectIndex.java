package io.stagecraft.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Rectangles in a uniform grid, so that finding those that overlap a small rectangle looks at its
 * neighbours only. A diagram of a hundred stages has a thousand arrow labels, and placing each
 * against all the others made the arrangement cubic.
 */
final class RectIndex {
  private static final double CELL = 256;

  private final List<Rect> rects = new ArrayList<>();
  private final Map<Long, List<Integer>> cells = new HashMap<>();

  /** Marks the rectangles already looked at in the current query, so each is counted once. */
  private int[] seen = new int[16];

  private int query;
  private Rect bounds = new Rect(0, 0, 0, 0);

  private int[] buffer = new int[16];
  private int found;

  RectIndex() {}

  RectIndex(List<Rect> all) {
    all.forEach(this::add);
  }

  void add(Rect r) {
    bounds =
        rects.isEmpty()
            ? r
            : Rect.spanning(
                Math.min(bounds.x(), r.x()),
                Math.min(bounds.y(), r.y()),
                Math.max(bounds.maxX(), r.maxX()),
                Math.max(bounds.maxY(), r.maxY()));
    int id = rects.size();
    rects.add(r);
    if (seen.length <= id) {
      seen = Arrays.copyOf(seen, seen.length * 2);
    }
    forEachCell(r, key -> cells.computeIfAbsent(key, k -> new ArrayList<>(4)).add(id));
  }

  /** The rectangles in the order they were added. */
  List<Rect> rects() {
    return rects;
  }

  /** The rectangles that share more than an edge with {@code window}, in the order added. */
  List<Rect> within(Rect window) {
    if (window.contains(bounds)) {
      return rects;
    }
    int[] ids = candidates(window);
    Arrays.sort(ids);
    List<Rect> out = new ArrayList<>();
    for (int id : ids) {
      if (window.overlaps(rects.get(id))) {
        out.add(rects.get(id));
      }
    }
    return out;
  }

  /** The smallest rectangle around them all; an empty one at the origin when there are none. */
  Rect bounds() {
    return bounds;
  }

  /** Whether any rectangle shares more than an edge with {@code r}. */
  boolean anyOverlap(Rect r) {
    for (int id : candidates(r)) {
      if (r.overlaps(rects.get(id))) {
        return true;
      }
    }
    return false;
  }

  /** The area {@code r} shares with the rectangles, summed in the order they were added. */
  double overlapArea(Rect r) {
    int[] ids = candidates(r);
    Arrays.sort(ids);
    double area = 0;
    for (int id : ids) {
      Rect o = rects.get(id);
      double w = Math.min(r.maxX(), o.maxX()) - Math.max(r.x(), o.x());
      double h = Math.min(r.maxY(), o.maxY()) - Math.max(r.y(), o.y());
      if (w > 0 && h > 0) {
        area += w * h;
      }
    }
    return area;
  }

  /** The ids of the rectangles in the cells {@code r} touches, each once. */
  private int[] candidates(Rect r) {
    query++;
    found = 0;
    forEachCell(
        r,
        key -> {
          List<Integer> ids = cells.get(key);
          if (ids != null) {
            for (int id : ids) {
              if (seen[id] != query) {
                seen[id] = query;
                if (found == buffer.length) {
                  buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
                buffer[found++] = id;
              }
            }
          }
        });
    return Arrays.copyOf(buffer, found);
  }

  private static void forEachCell(Rect r, LongConsumer action) {
    long x0 = (long) Math.floor(r.x() / CELL);
    long x1 = (long) Math.floor(r.maxX() / CELL);
    long y0 = (long) Math.floor(r.y() / CELL);
    long y1 = (long) Math.floor(r.maxY() / CELL);
    for (long cx = x0; cx <= x1; cx++) {
      for (long cy = y0; cy <= y1; cy++) {
        action.accept(spread((cx << 32) ^ (cy & 0xffffffffL)));
      }
    }
  }

  /**
   * A pair packed into a long, its bits spread one to one (an odd multiplier is invertible). Long's
   * own hash XORs the two halves, so every cell on a diagonal, or every pair (i, j) with the same i
   * XOR j, fell into one hash bucket and made the lookups linear.
   */
  static long spread(long pair) {
    return pair * 0x9E3779B97F4A7C15L;
  }
}
