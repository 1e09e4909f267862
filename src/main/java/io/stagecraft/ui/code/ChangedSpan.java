package io.stagecraft.ui.code;

import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.edit.TextEdit;
import java.util.List;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;

/**
 * The one stretch of text a change touched: {@code [from, oldEnd)} of the text before it became
 * {@code [from, newEnd)} of the text after it, and everything outside is the same characters at the
 * same distance from either end.
 *
 * <p>It lets the code pane work per keystroke in proportion to what changed, not to the length of
 * the file: it turns the area's change events into a document edit, and it tells whether the area
 * and the document hold the same text by comparing only this stretch, never a copy of the whole.
 */
record ChangedSpan(int from, int oldEnd, int newEnd) {

  /**
   * The span of changes made one after the other, as a multi-change reports them: each one's
   * position counts in the text the ones before it left.
   */
  static ChangedSpan of(List<PlainTextChange> changes) {
    int from = -1;
    int oldEnd = 0;
    int newEnd = 0;
    for (PlainTextChange c : changes) {
      int at = c.getPosition();
      int removedEnd = at + c.getRemoved().length();
      if (from < 0) {
        from = at;
        oldEnd = removedEnd;
        newEnd = removedEnd;
      } else {
        // Before the span nothing has moved yet; after it, the text so far is shifted by newEnd -
        // oldEnd, so reaching further right reaches as far into the older text.
        from = Math.min(from, at);
        if (removedEnd > newEnd) {
          oldEnd += removedEnd - newEnd;
          newEnd = removedEnd;
        }
      }
      newEnd += c.getInserted().length() - c.getRemoved().length();
    }
    return from < 0 ? new ChangedSpan(0, 0, 0) : new ChangedSpan(from, oldEnd, newEnd);
  }

  /** The span of a document edit's replacements; {@link #newEnd} counts in the edited text. */
  static ChangedSpan of(DocumentEdit edit) {
    List<TextEdit> edits = edit.edits();
    if (edits.isEmpty()) {
      return new ChangedSpan(0, 0, 0);
    }
    int shift = 0;
    for (TextEdit e : edits) {
      shift += e.replacement().length() - e.length();
    }
    TextEdit first = edits.get(0);
    TextEdit last = edits.get(edits.size() - 1);
    return new ChangedSpan(first.offset(), last.end(), last.end() + shift);
  }

  /**
   * The change as one replacement of the text before it, with what the area now holds in the span.
   */
  TextEdit asEdit(CodeArea area) {
    return new TextEdit(from, oldEnd - from, area.getText(from, newEnd));
  }

  /**
   * Whether the area holds {@code text}, provided that outside this span it held it, or the text
   * before this change, which is the same there. Reads only the span.
   */
  boolean areaHolds(CodeArea area, String text) {
    if (area.getLength() != text.length() || newEnd > text.length()) {
      return false;
    }
    String shown = area.getText(from, newEnd);
    return text.regionMatches(from, shown, 0, shown.length());
  }
}
