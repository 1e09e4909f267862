package io.stagecraft.core.split;

import io.stagecraft.core.diff.LineDiff;
import java.util.ArrayList;
import java.util.List;

/** A line-based unified diff, as {@code diff -u} prints it. */
public final class UnifiedDiff {
  private UnifiedDiff() {}

  /**
   * The diff of {@code a} and {@code b} with {@code context} lines around changes; empty when
   * equal.
   */
  public static String of(String a, String b, String nameA, String nameB, int context) {
    List<String> x = lines(a);
    List<String> y = lines(b);
    List<int[]> ops = script(x, y);
    if (ops.stream().allMatch(op -> op[0] == 0)) {
      return "";
    }
    StringBuilder out =
        new StringBuilder("--- ").append(nameA).append("\n+++ ").append(nameB).append('\n');
    int i = 0;
    while (i < ops.size()) {
      if (ops.get(i)[0] == 0) {
        i++;
        continue;
      }
      int start = Math.max(0, i - context);
      int end = i;
      // Extend the hunk while the next change is within 2 * context unchanged lines.
      int equalRun = 0;
      for (int k = i; k < ops.size(); k++) {
        if (ops.get(k)[0] == 0) {
          equalRun++;
          if (equalRun > 2 * context) {
            break;
          }
        } else {
          equalRun = 0;
          end = k;
        }
      }
      int stop = Math.min(ops.size(), end + 1 + context);
      hunk(out, ops.subList(start, stop), x, y);
      i = stop;
    }
    return out.toString();
  }

  private static void hunk(StringBuilder out, List<int[]> ops, List<String> x, List<String> y) {
    int aStart = ops.get(0)[1];
    int bStart = ops.get(0)[2];
    int aCount = 0;
    int bCount = 0;
    StringBuilder body = new StringBuilder();
    for (int[] op : ops) {
      switch (op[0]) {
        case 0 -> {
          body.append(' ').append(x.get(op[1]));
          aCount++;
          bCount++;
        }
        case -1 -> {
          body.append('-').append(x.get(op[1]));
          aCount++;
        }
        default -> {
          body.append('+').append(y.get(op[2]));
          bCount++;
        }
      }
    }
    out.append("@@ -")
        .append(range(aStart, aCount))
        .append(" +")
        .append(range(bStart, bCount))
        .append(" @@\n")
        .append(body);
  }

  private static String range(int start, int count) {
    return (count == 0 ? start : start + 1) + (count == 1 ? "" : "," + count);
  }

  /** Lines with their line breaks; a last line without one is marked as diff does. */
  private static List<String> lines(String s) {
    List<String> lines = new ArrayList<>();
    int pos = 0;
    while (pos < s.length()) {
      int nl = s.indexOf('\n', pos);
      if (nl < 0) {
        lines.add(s.substring(pos) + "\n\\ No newline at end of file\n");
        break;
      }
      lines.add(s.substring(pos, nl + 1));
      pos = nl + 1;
    }
    return lines;
  }

  /**
   * The edit script as {kind, index in a, index in b}, kind 0 for kept, -1 for deleted, 1 for
   * inserted: the shortest one, by Myers' linear-space diff, so a 10,000-line file costs
   * milliseconds and memory in proportion to its lines.
   */
  private static List<int[]> script(List<String> x, List<String> y) {
    List<int[]> ops = new ArrayList<>();
    for (LineDiff.Step step : LineDiff.script(x, y)) {
      int kind =
          switch (step.kind()) {
            case KEEP -> 0;
            case DELETE -> -1;
            case INSERT -> 1;
          };
      ops.add(new int[] {kind, step.a(), step.b()});
    }
    return ops;
  }
}
