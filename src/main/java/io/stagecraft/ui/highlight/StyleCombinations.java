package io.stagecraft.ui.highlight;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One set for each combination of style classes, shared by every segment and revision that has it.
 * A file of 10,000 lines has tens of thousands of segments but a few dozen combinations, and
 * telling which lines a revision changed compares them all: shared sets compare by identity.
 *
 * <p>A combination is found by a bit mask of its classes, so a segment costs no new set: making a
 * set for each segment and looking it up was a fifth of what a revision of that file allocated.
 */
final class StyleCombinations {
  /** Combinations beyond this many are not shared; the style classes are a small fixed set. */
  private static final int MAX_SHARED = 4096;

  private static final Map<Long, Set<String>> BY_MASK = new ConcurrentHashMap<>();
  private static final Map<String, Integer> BITS = new ConcurrentHashMap<>();

  private StyleCombinations() {}

  /** The shared set of the style classes of {@code ranges}. */
  static Set<String> of(List<StyledRange> ranges) {
    long mask = 0;
    for (StyledRange r : ranges) {
      int bit = bit(r.styleClass());
      if (bit < 0) {
        return classesOf(ranges);
      }
      mask |= 1L << bit;
    }
    Set<String> known = BY_MASK.get(mask);
    if (known != null) {
      return known;
    }
    Set<String> set = classesOf(ranges);
    if (BY_MASK.size() >= MAX_SHARED) {
      return set;
    }
    known = BY_MASK.putIfAbsent(mask, set);
    return known != null ? known : set;
  }

  private static Set<String> classesOf(List<StyledRange> ranges) {
    return Set.copyOf(ranges.stream().map(StyledRange::styleClass).toList());
  }

  /** The class's bit, or -1 once 64 classes have one. */
  private static int bit(String styleClass) {
    Integer bit = BITS.get(styleClass);
    if (bit != null) {
      return bit;
    }
    synchronized (BITS) {
      bit = BITS.get(styleClass);
      if (bit == null) {
        if (BITS.size() >= Long.SIZE) {
          return -1;
        }
        bit = BITS.size();
        BITS.put(styleClass, bit);
      }
      return bit;
    }
  }
}
