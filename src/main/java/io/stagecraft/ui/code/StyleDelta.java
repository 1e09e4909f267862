package io.stagecraft.ui.code;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of a text's styling to repaint: the segments of the new styling over {@code [start,
 * end)}. Restyling only this window keeps restyling proportional to the change, not to the file.
 */
public record StyleDelta(int start, int end, List<StyledSegment> segments) {

  public boolean isEmpty() {
    return start >= end;
  }

  /**
   * What to repaint when the styling goes from {@code before} to {@code after}, given that the text
   * itself changed over {@code [changedStart, changedEnd)} of the new text (characters typed there
   * carry whatever style the text area gave them).
   */
  public static StyleDelta between(
      List<StyledSegment> before, List<StyledSegment> after, int changedStart, int changedEnd) {
    int prefix = 0;
    int start = 0;
    int max = Math.min(before.size(), after.size());
    while (prefix < max && before.get(prefix).equals(after.get(prefix))) {
      start += after.get(prefix).length();
      prefix++;
    }
    int total = after.stream().mapToInt(StyledSegment::length).sum();
    int suffix = 0;
    int end = total;
    while (suffix < max - prefix
        && before.get(before.size() - 1 - suffix).equals(after.get(after.size() - 1 - suffix))) {
      end -= after.get(after.size() - 1 - suffix).length();
      suffix++;
    }
    if (changedEnd > changedStart) {
      boolean stylesChanged = start < end;
      start = stylesChanged ? Math.min(start, changedStart) : changedStart;
      end =
          stylesChanged ? Math.max(end, Math.min(total, changedEnd)) : Math.min(total, changedEnd);
    }
    if (start >= end) {
      return new StyleDelta(start, start, List.of());
    }
    return new StyleDelta(start, end, slice(after, start, end));
  }

  /** The segments covering {@code [from, to)}, cut at both ends. */
  static List<StyledSegment> slice(List<StyledSegment> segments, int from, int to) {
    List<StyledSegment> out = new ArrayList<>();
    int pos = 0;
    for (StyledSegment s : segments) {
      int segStart = pos;
      int segEnd = pos + s.length();
      pos = segEnd;
      int a = Math.max(segStart, from);
      int b = Math.min(segEnd, to);
      if (a < b) {
        out.add(new StyledSegment(b - a, s.styles()));
      }
      if (segEnd >= to) {
        break;
      }
    }
    return out;
  }
}
