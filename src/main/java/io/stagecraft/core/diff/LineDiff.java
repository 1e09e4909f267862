package io.stagecraft.core.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A shortest edit script between two lists of lines, by Myers' O(ND) algorithm in its linear-space
 * form (the "middle snake" divide and conquer): memory grows with the number of lines, never with
 * their product, and time with the lines times the number of differences, so a 10,000-line text
 * with one changed line takes a few milliseconds.
 */
public final class LineDiff {
  private final int[] a;
  private final int[] b;
  private final int[] aToB;

  private LineDiff(int[] a, int[] b) {
    this.a = a;
    this.b = b;
    this.aToB = new int[a.length];
    Arrays.fill(aToB, -1);
  }

  /** What happens to a line: kept, deleted from the first list, or inserted from the second. */
  public enum Kind {
    KEEP,
    DELETE,
    INSERT
  }

  /**
   * One step of the script.
   *
   * @param a the line's index in the first list (for an insertion: where it goes)
   * @param b the line's index in the second list (for a deletion: where it would have been)
   */
  public record Step(Kind kind, int a, int b) {}

  /** The steps that turn {@code x} into {@code y}, in order. */
  public static List<Step> script(List<String> x, List<String> y) {
    int[] aToB = matches(x, y);
    List<Step> steps = new ArrayList<>(Math.max(x.size(), y.size()));
    int i = 0;
    int j = 0;
    while (i < x.size() || j < y.size()) {
      if (i < x.size() && aToB[i] == j) {
        steps.add(new Step(Kind.KEEP, i++, j++));
      } else if (i < x.size() && aToB[i] < 0) {
        steps.add(new Step(Kind.DELETE, i++, j));
      } else {
        steps.add(new Step(Kind.INSERT, i, j++));
      }
    }
    return steps;
  }

  /**
   * For each line of {@code x}, the index of the line of {@code y} it is kept as, or -1 when it is
   * deleted. Kept lines appear in the same order in both lists.
   */
  public static int[] matches(List<String> x, List<String> y) {
    Map<String, Integer> ids = new HashMap<>();
    LineDiff diff = new LineDiff(ids(x, ids), ids(y, ids));
    diff.compare(0, x.size(), 0, y.size());
    return diff.aToB;
  }

  /** Lines as small integers, equal for equal lines, so comparing them is cheap. */
  private static int[] ids(List<String> lines, Map<String, Integer> ids) {
    int[] out = new int[lines.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.computeIfAbsent(lines.get(i), k -> ids.size());
    }
    return out;
  }

  private void compare(int aLo, int aHi, int bLo, int bHi) {
    while (aLo < aHi && bLo < bHi && a[aLo] == b[bLo]) {
      aToB[aLo++] = bLo++;
    }
    while (aLo < aHi && bLo < bHi && a[aHi - 1] == b[bHi - 1]) {
      aToB[--aHi] = --bHi;
    }
    if (aLo == aHi || bLo == bHi) {
      return;
    }
    int[] split = middleSnake(aLo, aHi, bLo, bHi);
    if (split == null) {
      return; // Nothing in common: every line of a is deleted, every line of b inserted.
    }
    compare(aLo, aLo + split[0], bLo, bLo + split[1]);
    compare(aLo + split[0], aHi, bLo + split[1], bHi);
  }

  /**
   * Where the forward and backward searches for the shortest path meet, as {x, y} relative to the
   * starts; null when the ranges have nothing in common. Both searches keep the furthest point
   * reached on each diagonal, which is all the memory the algorithm needs.
   */
  private int[] middleSnake(int aLo, int aHi, int bLo, int bHi) {
    int n = aHi - aLo;
    int m = bHi - bLo;
    int maxD = (n + m + 1) / 2;
    int offset = maxD + 1;
    int[] forward = new int[2 * maxD + 3];
    int[] backward = new int[2 * maxD + 3];
    Arrays.fill(forward, -1);
    Arrays.fill(backward, -1);
    forward[offset + 1] = 0;
    backward[offset + 1] = 0;
    int delta = n - m;
    boolean front = (delta & 1) != 0;
    int k1start = 0;
    int k1end = 0;
    int k2start = 0;
    int k2end = 0;
    for (int d = 0; d < maxD; d++) {
      for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
        int k1Offset = offset + k1;
        int x1 =
            k1 == -d || (k1 != d && forward[k1Offset - 1] < forward[k1Offset + 1])
                ? forward[k1Offset + 1]
                : forward[k1Offset - 1] + 1;
        int y1 = x1 - k1;
        while (x1 < n && y1 < m && a[aLo + x1] == b[bLo + y1]) {
          x1++;
          y1++;
        }
        forward[k1Offset] = x1;
        if (x1 > n) {
          k1end += 2;
        } else if (y1 > m) {
          k1start += 2;
        } else if (front) {
          int k2Offset = offset + delta - k1;
          if (k2Offset >= 0 && k2Offset < backward.length && backward[k2Offset] != -1) {
            if (x1 >= n - backward[k2Offset]) {
              return new int[] {x1, y1};
            }
          }
        }
      }
      for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
        int k2Offset = offset + k2;
        int x2 =
            k2 == -d || (k2 != d && backward[k2Offset - 1] < backward[k2Offset + 1])
                ? backward[k2Offset + 1]
                : backward[k2Offset - 1] + 1;
        int y2 = x2 - k2;
        while (x2 < n && y2 < m && a[aHi - 1 - x2] == b[bHi - 1 - y2]) {
          x2++;
          y2++;
        }
        backward[k2Offset] = x2;
        if (x2 > n) {
          k2end += 2;
        } else if (y2 > m) {
          k2start += 2;
        } else if (!front) {
          int k1Offset = offset + delta - k2;
          if (k1Offset >= 0 && k1Offset < forward.length && forward[k1Offset] != -1) {
            int x1 = forward[k1Offset];
            int y1 = offset + x1 - k1Offset;
            if (x1 >= n - x2) {
              return new int[] {x1, y1};
            }
          }
        }
      }
    }
    return null;
  }
}
