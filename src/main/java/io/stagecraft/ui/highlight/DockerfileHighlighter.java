package io.stagecraft.ui.highlight;

import io.stagecraft.core.model.Edge;
import io.stagecraft.core.model.NodeRef;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.syntax.ArgumentForm;
import io.stagecraft.core.syntax.Comment;
import io.stagecraft.core.syntax.Diagnostic;
import io.stagecraft.core.syntax.Element;
import io.stagecraft.core.syntax.Flag;
import io.stagecraft.core.syntax.Heredoc;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.KeyValue;
import io.stagecraft.core.syntax.Keyword;
import io.stagecraft.core.syntax.ParserDirective;
import io.stagecraft.core.syntax.SourceRange;
import io.stagecraft.core.syntax.VariableRef;
import io.stagecraft.core.syntax.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Syntax highlighting computed from the parser's tokens, not from regular expressions: a pure
 * function from a stage graph to style classes over ranges of its text.
 */
public final class DockerfileHighlighter {
  private DockerfileHighlighter() {}

  /** Highlight ranges, in no particular order; ranges may nest (a variable inside a string). */
  public static List<StyledRange> ranges(StageGraph graph) {
    return ranges(graph, List.of());
  }

  /** Highlight ranges with the underlines of {@code more} diagnostics, such as lint problems. */
  public static List<StyledRange> ranges(StageGraph graph, List<Diagnostic> more) {
    String text = graph.dockerfile().text();
    List<StyledRange> out = new ArrayList<>();
    for (Element element : graph.dockerfile().elements()) {
      if (element instanceof Comment c) {
        add(out, c.range(), "comment");
      } else if (element instanceof ParserDirective d) {
        add(out, d.range(), "directive");
      } else if (element instanceof Instruction i) {
        instruction(out, i, text);
      }
    }
    for (Edge e : graph.edges()) {
      if (e.from() instanceof NodeRef.StageRef && e.referenceRange() != null) {
        add(out, e.referenceRange(), "stage-ref");
      }
    }
    List<Diagnostic> underlined = new ArrayList<>(graph.diagnostics());
    underlined.addAll(more);
    for (Diagnostic d : underlined) {
      SourceRange r = d.range();
      int end = Math.max(r.end(), Math.min(r.start() + 1, graph.dockerfile().text().length()));
      out.add(new StyledRange(r.start(), end, "diagnostic-" + d.severity().label()));
    }
    return out;
  }

  private static void instruction(List<StyledRange> out, Instruction i, String text) {
    add(out, i.keyword().range(), "keyword");
    for (Flag f : i.flags()) {
      add(out, f.range(), "flag");
    }
    if (i.is(Keyword.FROM)) {
      fromWords(out, i);
    } else if (!i.pairs().isEmpty()) {
      for (KeyValue kv : i.pairs()) {
        add(out, kv.key().range(), "key");
        if (kv.valueRange() != null
            && kv.value() != null
            && isQuoted(kv.valueRange(), kv.value())) {
          add(out, kv.valueRange(), "string");
        }
      }
    } else if (i.form() == ArgumentForm.EXEC) {
      for (Word w : i.words()) {
        add(out, w.range(), "string");
      }
    } else if (i.argumentsRange() != null) {
      quotedStrings(out, text, i.argumentsRange());
    }
    for (Heredoc h : i.heredocs()) {
      add(out, h.marker(), "heredoc-marker");
      add(out, h.body(), "heredoc");
      add(out, h.terminator(), "heredoc-marker");
    }
    for (VariableRef v : i.variables()) {
      add(out, v.range(), "variable");
    }
    for (SourceRange c : i.innerComments()) {
      add(out, c, "comment");
    }
    if (i.trigger() != null && i.trigger() != i) {
      instruction(out, i.trigger(), text);
    }
  }

  private static void fromWords(List<StyledRange> out, Instruction from) {
    List<Word> words = from.words();
    for (int w = 0; w < words.size(); w++) {
      Word word = words.get(w);
      if (w == 0) {
        add(out, word.range(), "image");
      } else if (w == 1 && word.raw().equalsIgnoreCase("as")) {
        add(out, word.range(), "keyword");
      } else if (w == 2) {
        add(out, word.range(), "stage-name");
      }
    }
  }

  /** Shell quotes in shell-form arguments, which may span several words. */
  private static void quotedStrings(List<StyledRange> out, String text, SourceRange args) {
    int end = Math.min(args.end(), text.length());
    for (int p = args.start(); p < end; p++) {
      char c = text.charAt(p);
      if (c == '\\') {
        p++;
      } else if (c == '"' || c == '\'') {
        int close = p + 1;
        while (close < end && text.charAt(close) != c) {
          close += c == '"' && text.charAt(close) == '\\' ? 2 : 1;
        }
        if (close >= end) {
          return;
        }
        out.add(new StyledRange(p, close + 1, "string"));
        p = close;
      }
    }
  }

  private static boolean isQuoted(SourceRange range, String value) {
    return range.length() > value.length();
  }

  private static void add(List<StyledRange> out, SourceRange range, String style) {
    if (range != null && range.end() > range.start()) {
      out.add(new StyledRange(range.start(), range.end(), style));
    }
  }

  /**
   * Flattens possibly nested ranges into consecutive segments covering {@code [0, length)}, each
   * with every style class whose range covers it.
   */
  public static List<StyledSegment> segments(List<StyledRange> ranges, int length) {
    // Every place a range starts or ends, in order and once each (a sorted array: a file of
    // 10,000 lines has tens of thousands).
    int[] all = new int[2 * ranges.size() + 2];
    all[0] = 0;
    all[1] = length;
    for (int i = 0; i < ranges.size(); i++) {
      all[2 * i + 2] = Math.min(ranges.get(i).start(), length);
      all[2 * i + 3] = Math.min(ranges.get(i).end(), length);
    }
    int[] cuts = IntStream.of(all).sorted().distinct().toArray();
    List<StyledRange> byStart = new ArrayList<>(ranges);
    byStart.sort(Comparator.comparingInt(StyledRange::start));
    List<StyledSegment> segments = new ArrayList<>();
    List<StyledRange> active = new ArrayList<>();
    int next = 0;
    int from = cuts[0];
    for (int k = 1; k < cuts.length; k++) {
      int to = cuts[k];
      while (next < byStart.size() && byStart.get(next).start() <= from) {
        active.add(byStart.get(next++));
      }
      final int segmentStart = from;
      active.removeIf(r -> r.end() <= segmentStart);
      Set<String> frozen = StyleCombinations.of(active);
      if (!segments.isEmpty() && segments.get(segments.size() - 1).styles().equals(frozen)) {
        StyledSegment last = segments.remove(segments.size() - 1);
        segments.add(new StyledSegment(last.length() + to - from, frozen));
      } else {
        segments.add(new StyledSegment(to - from, frozen));
      }
      from = to;
    }
    return segments;
  }
}
