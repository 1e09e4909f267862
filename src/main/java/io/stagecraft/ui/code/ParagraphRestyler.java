package io.stagecraft.ui.code;

import io.stagecraft.ui.highlight.ParagraphStyles;
import io.stagecraft.ui.highlight.StyledSegment;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * Keeps a code area's highlighting in step with styles computed in the background, repainting only
 * the lines that need it: those whose text or styling differ from what the area was last given, and
 * those the user changed since (typed characters are plain until then). Lines that already look as
 * they should are left alone.
 *
 * <p>Used on the JavaFX thread only. Its work per update is proportional to the lines restyled, not
 * to the length of the text.
 */
public final class ParagraphRestyler {
  private final CodeArea area;

  /** The styling last given to the area; null before the first. */
  private ParagraphStyles applied;

  /** Lines of the area changed since {@link #applied}, in the area's present line numbers. */
  private ParagraphStyles.Range touched = ParagraphStyles.Range.NONE;

  private int lastRestyledLines;

  public ParagraphRestyler(CodeArea area) {
    this.area = area;
  }

  /** Forgets the styling given so far: the next styling repaints every line. */
  public void reset() {
    applied = null;
    touched = ParagraphStyles.Range.NONE;
  }

  /** The styling the area was last given, which the next diff should start from. */
  public ParagraphStyles applied() {
    return applied;
  }

  /** How many lines the last {@link #restyle} repainted; for tests and benchmarks. */
  public int lastRestyledLines() {
    return lastRestyledLines;
  }

  /**
   * Notes a change of the area's text, so the lines it touched are repainted next time. The change
   * may be one of several made at once, whose offsets count in the text between them: it is placed
   * in the text as it is now as well as can be, since the lines found different are restyled too.
   */
  public void textChanged(PlainTextChange change) {
    int at = Math.min(change.getPosition(), area.getLength());
    int line = area.offsetToPosition(at, Bias.Forward).getMajor();
    int removed = lineBreaks(change.getRemoved());
    int inserted = lineBreaks(change.getInserted());
    ParagraphStyles.Range here = new ParagraphStyles.Range(line, line + inserted + 1);
    touched = shift(touched, line, removed, inserted).union(here);
  }

  /**
   * Gives the area the styling of its present text.
   *
   * @param changed the lines of {@code fresh} that differ from {@code base}
   * @param base the styling {@code changed} was computed against; when it is not what the area was
   *     last given, the difference is computed here instead
   */
  public void restyle(ParagraphStyles fresh, ParagraphStyles.Range changed, ParagraphStyles base) {
    lastRestyledLines = 0;
    int lines = area.getParagraphs().size();
    if (fresh.size() != lines) {
      return;
    }
    ParagraphStyles.Range range =
        (base == applied ? changed : ParagraphStyles.changed(applied, fresh)).union(touched);
    int from = Math.max(0, range.from());
    int to = Math.min(lines, range.to());
    for (int p = from; p < to; p++) {
      if (area.getParagraphLength(p) != fresh.line(p).text().length()) {
        // The area shows other text than was styled: wait for the styling of the text it shows.
        return;
      }
    }
    // A line that already looks right (typed characters are plain, and plain is often right) is
    // left alone: giving it its styling again would replace the paragraph, and the area would make
    // the line's nodes anew, with a CSS pass, a second time for the same keystroke.
    while (from < to && styledAs(from, fresh.line(from))) {
      from++;
    }
    while (to > from && styledAs(to - 1, fresh.line(to - 1))) {
      to--;
    }
    if (from < to) {
      StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
      boolean any = false;
      for (int p = from; p < to; p++) {
        if (p > from) {
          spans.add(List.of(), 1);
          any = true;
        }
        for (StyledSegment s : fresh.line(p).segments()) {
          spans.add(s.styles(), s.length());
          any = true;
        }
      }
      if (!any) {
        spans.add(List.of(), 0);
      }
      area.setStyleSpans(area.getAbsolutePosition(from, 0), spans.create());
      lastRestyledLines = to - from;
    }
    applied = fresh;
    touched = ParagraphStyles.Range.NONE;
  }

  /** Whether the area's paragraph already carries exactly the styling of {@code line}. */
  private boolean styledAs(int paragraph, ParagraphStyles.Line line) {
    List<StyleSpan<Collection<String>>> shown = new ArrayList<>();
    area.getStyleSpans(paragraph).forEach(shown::add);
    Iterator<StyleSpan<Collection<String>>> have = runs(shown).iterator();
    List<StyleSpan<Collection<String>>> wanted = new ArrayList<>();
    line.segments().forEach(s -> wanted.add(new StyleSpan<>(s.styles(), s.length())));
    for (StyleSpan<Collection<String>> w : runs(wanted)) {
      if (!have.hasNext()) {
        return false;
      }
      StyleSpan<Collection<String>> h = have.next();
      if (h.getLength() != w.getLength() || !sameStyles(h.getStyle(), w.getStyle())) {
        return false;
      }
    }
    return !have.hasNext();
  }

  /** Spans with adjacent equal styles joined and empty ones left out. */
  private static List<StyleSpan<Collection<String>>> runs(List<StyleSpan<Collection<String>>> in) {
    List<StyleSpan<Collection<String>>> out = new ArrayList<>();
    for (StyleSpan<Collection<String>> span : in) {
      if (span.getLength() == 0) {
        continue;
      }
      int last = out.size() - 1;
      if (last >= 0 && sameStyles(out.get(last).getStyle(), span.getStyle())) {
        StyleSpan<Collection<String>> joined = out.get(last);
        out.set(last, new StyleSpan<>(joined.getStyle(), joined.getLength() + span.getLength()));
      } else {
        out.add(span);
      }
    }
    return out;
  }

  private static boolean sameStyles(Collection<String> a, Collection<String> b) {
    return a.size() == b.size() && a.containsAll(b);
  }

  /** Moves a range of lines past a change that replaced lines {@code removed} after {@code at}. */
  private static ParagraphStyles.Range shift(
      ParagraphStyles.Range range, int at, int removed, int inserted) {
    if (range.isEmpty()) {
      return range;
    }
    int delta = inserted - removed;
    int from = range.from() <= at ? range.from() : Math.max(at, range.from() + delta);
    int to = range.to() <= at ? range.to() : Math.max(at + 1, range.to() + delta);
    return new ParagraphStyles.Range(from, to);
  }

  private static int lineBreaks(String s) {
    int n = 0;
    for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
      n++;
    }
    return n;
  }
}
