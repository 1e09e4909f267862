package io.stagecraft.ui.code;

import io.stagecraft.core.lang.TextSearch.Match;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.Selection;
import org.fxmisc.richtext.SelectionImpl;

/**
 * Marks ranges of the code area (find matches, references) with extra selections, which are drawn
 * behind the text and never touch its styles, so the highlighting of the code and its undo history
 * stay as they are. Only the ranges near the visible lines are drawn: a search that matches
 * thousands of times costs no more than one screen of marks, and scrolling redraws them.
 */
final class MatchHighlights {
  /** Lines beyond the visible ones that get their marks ahead of scrolling. */
  private static final int MARGIN_LINES = 40;

  /** The most marks drawn at once, whatever the pattern. */
  static final int MAX_DRAWN = 400;

  private final CodeArea area;
  private final String styleClass;
  private final List<Selection<Collection<String>, String, Collection<String>>> drawn =
      new ArrayList<>();
  private List<Match> ranges = List.of();
  private boolean redrawing;
  private boolean redrawQueued;

  MatchHighlights(CodeArea area, String styleClass) {
    this.area = area;
    this.styleClass = styleClass;
    area.estimatedScrollYProperty().addListener((obs, was, now) -> redrawLater());
    area.heightProperty().addListener((obs, was, now) -> redrawLater());
  }

  /** Marks these ranges, replacing the marks before. */
  void show(List<Match> newRanges) {
    ranges = List.copyOf(newRanges);
    redraw();
  }

  void clear() {
    show(List.of());
  }

  /** The marks drawn now, for tests. */
  int drawnCount() {
    return drawn.size();
  }

  /**
   * Redraws once the current pulse of events is over: scrolling fires many events, and adding a
   * mark can itself move the viewport, which must not redraw in the middle of a redraw.
   */
  private void redrawLater() {
    if (redrawQueued || ranges.isEmpty() && drawn.isEmpty()) {
      return;
    }
    redrawQueued = true;
    javafx.application.Platform.runLater(
        () -> {
          redrawQueued = false;
          redraw();
        });
  }

  private void redraw() {
    if (redrawing) {
      redrawLater();
      return;
    }
    redrawing = true;
    try {
      draw();
    } finally {
      redrawing = false;
    }
  }

  private void draw() {
    for (var s : drawn) {
      area.removeSelection(s);
      s.dispose();
    }
    drawn.clear();
    if (ranges.isEmpty() || area.getParagraphs().isEmpty()) {
      return;
    }
    int[] visible = visibleParagraphs();
    int from = area.getAbsolutePosition(Math.max(0, visible[0] - MARGIN_LINES), 0);
    int lastPar = Math.min(area.getParagraphs().size() - 1, visible[1] + MARGIN_LINES);
    int to = area.getAbsolutePosition(lastPar, area.getParagraphLength(lastPar));
    int length = area.getLength();
    for (Match m : ranges) {
      if (m.end() < from || m.start() > to || m.end() > length) {
        continue;
      }
      if (drawn.size() == MAX_DRAWN) {
        break;
      }
      SelectionImpl<Collection<String>, String, Collection<String>> mark =
          // Named apart: the area keeps its selections in a set where equal names collide.
          new SelectionImpl<>(
              styleClass + "-" + drawn.size(), area, path -> path.getStyleClass().add(styleClass));
      if (area.addSelection(mark)) {
        mark.selectRange(m.start(), m.end());
        drawn.add(mark);
      } else {
        mark.dispose();
      }
    }
  }

  /** The first and last visible paragraph, or the start of the text before the area is shown. */
  private int[] visibleParagraphs() {
    try {
      return new int[] {area.firstVisibleParToAllParIndex(), area.lastVisibleParToAllParIndex()};
    } catch (RuntimeException notLaidOutYet) {
      // RichTextFX answers only once its viewport holds cells.
      return new int[] {0, 0};
    }
  }
}
