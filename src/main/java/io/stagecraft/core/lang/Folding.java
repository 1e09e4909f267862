package io.stagecraft.core.lang;

import io.stagecraft.core.model.Stage;
import io.stagecraft.core.syntax.Comment;
import io.stagecraft.core.syntax.Element;
import io.stagecraft.core.syntax.Heredoc;
import io.stagecraft.core.syntax.Instruction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The ranges a reader can fold: stages, instructions on several lines, heredocs, comment runs. */
public final class Folding {
  private Folding() {}

  /** What a fold hides. */
  public enum Kind {
    STAGE,
    INSTRUCTION,
    HEREDOC,
    COMMENT
  }

  /** Lines {@code startLine} to {@code endLine}, 1-based and inclusive; the first stays visible. */
  public record Range(int startLine, int endLine, Kind kind) {}

  public static List<Range> of(Analysis analysis) {
    List<Range> ranges = new ArrayList<>();
    for (Stage s : analysis.graph().stages()) {
      add(
          ranges,
          s.line(),
          lastLine(s.instructions().get(s.instructions().size() - 1)),
          Kind.STAGE);
    }
    int commentStart = -1;
    int commentEnd = -1;
    for (Element e : analysis.dockerfile().elements()) {
      if (e instanceof Comment c) {
        if (commentStart < 0 || c.range().line() != commentEnd + 1) {
          add(ranges, commentStart, commentEnd, Kind.COMMENT);
          commentStart = c.range().line();
        }
        commentEnd = c.range().line();
        continue;
      }
      if (e instanceof Instruction i) {
        int bodyStart =
            i.heredocs().isEmpty() ? Integer.MAX_VALUE : i.heredocs().get(0).body().line();
        add(ranges, i.line(), Math.min(lastLine(i), bodyStart - 1), Kind.INSTRUCTION);
        for (Heredoc h : i.heredocs()) {
          int end = h.terminator() != null ? h.terminator().line() : lastLine(i);
          add(ranges, h.marker().line(), end, Kind.HEREDOC);
        }
      }
    }
    add(ranges, commentStart, commentEnd, Kind.COMMENT);
    ranges.sort(Comparator.comparingInt(Range::startLine).thenComparing(r -> -r.endLine()));
    return ranges;
  }

  private static void add(List<Range> ranges, int start, int end, Kind kind) {
    if (start > 0 && end > start) {
      ranges.add(new Range(start, end, kind));
    }
  }

  /** The last line with text of an element whose range ends after its line break. */
  private static int lastLine(Instruction i) {
    return i.range().endColumn() == 1 && i.range().endLine() > i.range().line()
        ? i.range().endLine() - 1
        : i.range().endLine();
  }
}
