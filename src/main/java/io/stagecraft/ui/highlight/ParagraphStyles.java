package io.stagecraft.ui.highlight;

import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.syntax.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * The highlighting of a text, one entry per line (a paragraph of the code area): the line's text
 * without its line break, and the styled segments covering it. Computed off the JavaFX thread; the
 * code pane then repaints only the lines whose entry differs from what it shows.
 *
 * <p>Lines end at "\n"; a "\r" before it belongs to the break, not to the line, so the styling is
 * the same whether the area keeps a file's CRLF endings or shows them as "\n".
 */
public final class ParagraphStyles {
  /** One line's text and styling. */
  public record Line(String text, List<StyledSegment> segments) {}

  /** Lines {@code [from, to)} of the newer styling, empty when {@code from >= to}. */
  public record Range(int from, int to) {
    public static final Range NONE = new Range(0, 0);

    public boolean isEmpty() {
      return from >= to;
    }

    /** The smallest range holding both. */
    public Range union(Range other) {
      if (other.isEmpty()) {
        return this;
      }
      if (isEmpty()) {
        return other;
      }
      return new Range(Math.min(from, other.from), Math.max(to, other.to));
    }
  }

  private final List<Line> lines;

  private ParagraphStyles(List<Line> lines) {
    this.lines = lines;
  }

  /** The highlighting of the graph's text, cut into lines. */
  public static ParagraphStyles of(StageGraph graph) {
    return of(graph, List.of());
  }

  /** The highlighting of the graph's text with the underlines of {@code problems} (lint's). */
  public static ParagraphStyles of(StageGraph graph, List<Diagnostic> problems) {
    String text = graph.dockerfile().text();
    return of(
        text,
        DockerfileHighlighter.segments(
            DockerfileHighlighter.ranges(graph, problems), text.length()));
  }

  /** {@code segments}, which cover all of {@code text}, cut into lines. */
  static ParagraphStyles of(String text, List<StyledSegment> segments) {
    List<Line> lines = new ArrayList<>();
    int segment = 0;
    int segmentStart = 0;
    int lineStart = 0;
    while (true) {
      int breakAt = text.indexOf('\n', lineStart);
      int lineEnd = breakAt < 0 ? text.length() : breakAt;
      int contentEnd =
          lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      List<StyledSegment> cut = new ArrayList<>();
      while (segment < segments.size()) {
        StyledSegment s = segments.get(segment);
        int a = Math.max(segmentStart, lineStart);
        int b = Math.min(segmentStart + s.length(), contentEnd);
        if (a < b) {
          append(cut, new StyledSegment(b - a, s.styles()));
        }
        if (segmentStart + s.length() > contentEnd) {
          break;
        }
        segmentStart += s.length();
        segment++;
      }
      lines.add(new Line(text.substring(lineStart, contentEnd), List.copyOf(cut)));
      if (breakAt < 0) {
        return new ParagraphStyles(List.copyOf(lines));
      }
      lineStart = breakAt + 1;
    }
  }

  private static void append(List<StyledSegment> cut, StyledSegment next) {
    int last = cut.size() - 1;
    if (last >= 0 && cut.get(last).styles().equals(next.styles())) {
      cut.set(last, new StyledSegment(cut.get(last).length() + next.length(), next.styles()));
    } else {
      cut.add(next);
    }
  }

  /**
   * This styling with its lines outside {@code changed} (as {@link #changed} found them against
   * {@code base}) taken from {@code base}, where they are equal. Revisions kept at the same time
   * (the one shown, the one parsed, the one it was compared with) then share every line typing did
   * not touch instead of each holding a copy of the whole text's lines.
   */
  public ParagraphStyles sharingUnchanged(ParagraphStyles base, Range changed) {
    if (base == null || base == this) {
      return this;
    }
    int shift = base.size() - size();
    List<Line> shared = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      if (i < changed.from()) {
        shared.add(base.line(i));
      } else if (i >= changed.to()) {
        shared.add(base.line(i + shift));
      } else {
        shared.add(lines.get(i));
      }
    }
    return new ParagraphStyles(List.copyOf(shared));
  }

  public int size() {
    return lines.size();
  }

  public Line line(int index) {
    return lines.get(index);
  }

  /**
   * The lines of {@code after} that differ from {@code before} in text or styling, found by
   * skipping the equal lines at both ends; all of {@code after} when there is no {@code before}.
   */
  public static Range changed(ParagraphStyles before, ParagraphStyles after) {
    if (before == null) {
      return new Range(0, after.size());
    }
    int max = Math.min(before.size(), after.size());
    int prefix = 0;
    while (prefix < max && before.line(prefix).equals(after.line(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < max - prefix
        && before.line(before.size() - 1 - suffix).equals(after.line(after.size() - 1 - suffix))) {
      suffix++;
    }
    return new Range(prefix, after.size() - suffix);
  }
}
