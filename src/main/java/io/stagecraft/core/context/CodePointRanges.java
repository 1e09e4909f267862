package io.stagecraft.core.context;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of Unicode code points kept as sorted, merged ranges; the building block of a character
 * class.
 */
final class CodePointRanges {

  static final int MAX = Character.MAX_CODE_POINT;

  private final List<int[]> ranges = new ArrayList<>();

  void add(int lo, int hi) {
    ranges.add(new int[] {lo, hi});
  }

  void addAll(CodePointRanges other) {
    for (int[] range : other.ranges) {
      add(range[0], range[1]);
    }
  }

  /** Builds a set from pairs of inclusive bounds, for example {@code of('0', '9', 'a', 'z')}. */
  static CodePointRanges of(int... bounds) {
    CodePointRanges set = new CodePointRanges();
    for (int i = 0; i < bounds.length; i += 2) {
      set.add(bounds[i], bounds[i + 1]);
    }
    return set;
  }

  CodePointRanges complement() {
    CodePointRanges result = new CodePointRanges();
    int next = 0;
    for (int[] range : merged()) {
      if (range[0] > next) {
        result.add(next, range[0] - 1);
      }
      next = range[1] + 1;
    }
    if (next <= MAX) {
      result.add(next, MAX);
    }
    return result;
  }

  /** A Java regular expression matching exactly one code point of this set. */
  String toJavaRegex() {
    List<int[]> merged = merged();
    if (merged.isEmpty()) {
      // A class that matches nothing, and unlike (?!) it may carry a quantifier.
      return "[^\\x{0}-\\x{10ffff}]";
    }
    StringBuilder regex = new StringBuilder("[");
    for (int[] range : merged) {
      regex.append(literal(range[0]));
      if (range[1] != range[0]) {
        regex.append('-').append(literal(range[1]));
      }
    }
    return regex.append(']').toString();
  }

  static String literal(int codePoint) {
    return "\\x{" + Integer.toHexString(codePoint) + "}";
  }

  private List<int[]> merged() {
    List<int[]> sorted = new ArrayList<>(ranges);
    sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> result = new ArrayList<>();
    for (int[] range : sorted) {
      if (!result.isEmpty() && range[0] <= result.get(result.size() - 1)[1] + 1) {
        int[] last = result.get(result.size() - 1);
        last[1] = Math.max(last[1], range[1]);
      } else {
        result.add(new int[] {range[0], range[1]});
      }
    }
    return result;
  }
}
