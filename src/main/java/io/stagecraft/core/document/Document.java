package io.stagecraft.core.document;

import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.edit.TextEdit;
import io.stagecraft.core.model.StageGraph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The open Dockerfile: its text, the stage graph derived from it, and one undo history for every
 * kind of change. Both the code pane and the canvas change it only through {@link #apply}, and only
 * render what it holds, so they cannot echo each other's changes.
 *
 * <p>Not thread-safe: use it from one thread (the UI thread in the app).
 */
public final class Document {
  private final List<DocumentListener> listeners = new CopyOnWriteArrayList<>();
  private final Deque<Change> undo = new ArrayDeque<>();
  private final Deque<Change> redo = new ArrayDeque<>();

  /** Undo forgets the oldest steps beyond this many. */
  public static final int MAX_UNDO_STEPS = 1_000;

  /** Undo forgets the oldest steps when its edits hold more characters than this. */
  public static final long MAX_UNDO_CHARS = 8L * 1024 * 1024;

  /** The characters the undo steps hold. */
  private long storedChars;

  private String text;
  private StageGraph graph;
  private long revision;
  private boolean notifying;

  /**
   * Every step gets its own number; the state the text is in is named by the newest step undo would
   * revert, or by {@link #baseState} when there is none. Saving records that name, so undoing back
   * to the saved text is "not modified" again, and redoing away from it is "modified".
   */
  private long lastStepId;

  /** The state before the oldest step undo still holds: 0 at first, later a forgotten step. */
  private long baseState;

  private long savedState;

  /**
   * A change the history holds beside the text's, such as a box moved on the canvas: undoing or
   * redoing it changes no text, and listeners do not hear of it.
   */
  public interface SideStep {
    String description();

    void undo();

    void redo();
  }

  public Document(String text) {
    this.text = text;
    this.graph = StageGraph.parse(text);
  }

  public String text() {
    return text;
  }

  /** The graph of the current text, derived lazily once per revision. */
  public StageGraph graph() {
    if (graph == null) {
      graph = StageGraph.parse(text);
    }
    return graph;
  }

  /** Increases with every change, undo and redo included. */
  public long revision() {
    return revision;
  }

  /**
   * Whether undo or redo would have to pass a step, of the text or beside it, to reach the saved
   * state.
   */
  public boolean isModified() {
    return differsFromSaved(true);
  }

  /** Whether the text differs from the saved state's: only text steps count. */
  public boolean isTextModified() {
    return differsFromSaved(false);
  }

  /** Records the current state as saved. */
  public void markSaved() {
    savedState = state();
  }

  /** The name of the state the document is in: the newest step undo would revert. */
  private long state() {
    return undo.isEmpty() ? baseState : undo.peekFirst().id();
  }

  /**
   * Walks the history from the current state to the saved one: modified when a step between them
   * changed something, or when the saved state can no longer be reached (a new edit cleared the
   * redo steps that led to it, or undo forgot it).
   */
  private boolean differsFromSaved(boolean countSideSteps) {
    boolean differs = false;
    for (Change c : undo) {
      if (c.id() == savedState) {
        return differs;
      }
      differs |= c.changes(countSideSteps);
    }
    if (baseState == savedState) {
      return differs;
    }
    differs = false;
    for (Change c : redo) {
      differs |= c.changes(countSideSteps);
      if (c.id() == savedState) {
        return differs;
      }
    }
    return true;
  }

  /**
   * Records a step that changes no text, after it was done, as one undoable step in the same
   * history as the text's edits. Like an edit, it clears the steps redo held.
   */
  public void record(SideStep step) {
    DocumentEdit none = new DocumentEdit(step.description(), List.of());
    push(new Change(++lastStepId, none, none, false, step));
    redo.clear();
  }

  public void addListener(DocumentListener listener) {
    listeners.add(listener);
  }

  public void removeListener(DocumentListener listener) {
    listeners.remove(listener);
  }

  /** Applies an edit as one undoable step. Refused while listeners are being told of a change. */
  public void apply(DocumentEdit edit) {
    if (edit.isEmpty()) {
      return;
    }
    String before = text;
    change(edit);
    push(new Change(++lastStepId, edit, edit.inverse(before), false, null));
    redo.clear();
    fire(edit, before);
  }

  /**
   * Applies a typed edit. With {@code joinPrevious}, it joins the previous step when that step was
   * typed too and nothing was undone since, so a word or a line is undone at once; listeners still
   * hear of this edit alone.
   */
  public void applyTyping(DocumentEdit edit, boolean joinPrevious) {
    if (edit.isEmpty()) {
      return;
    }
    Change previous = undo.peekFirst();
    // Typing never joins the step the text was saved at, so undo can always get back to it.
    boolean join =
        joinPrevious
            && previous != null
            && previous.typed()
            && redo.isEmpty()
            && previous.id() != savedState;
    String before = text;
    change(edit);
    Change joined = join ? previous.join(++lastStepId, edit, before) : null;
    if (joined != null) {
      undo.pollFirst();
      storedChars -= previous.size();
      push(joined);
    } else {
      push(new Change(++lastStepId, edit, edit.inverse(before), true, null));
      redo.clear();
    }
    fire(edit, before);
  }

  /**
   * Replaces the whole text as one undoable step, keeping the common prefix and suffix untouched.
   */
  public void replaceText(String newText, String description) {
    apply(minimalEdit(text, newText, description));
  }

  public boolean canUndo() {
    return !undo.isEmpty();
  }

  public boolean canRedo() {
    return !redo.isEmpty();
  }

  /** The description of the step that undo would revert, or null. */
  public String undoDescription() {
    return undo.isEmpty() ? null : undo.peek().edit().description();
  }

  public String redoDescription() {
    return redo.isEmpty() ? null : redo.peek().edit().description();
  }

  public void undo() {
    if (undo.isEmpty()) {
      return;
    }
    Change last = undo.pollFirst();
    storedChars -= last.size();
    redo.push(last);
    if (last.side() != null) {
      last.side().undo();
      return;
    }
    String before = text;
    change(last.inverse());
    fire(last.inverse(), before);
  }

  public void redo() {
    if (redo.isEmpty()) {
      return;
    }
    Change next = redo.pop();
    push(new Change(next.id(), next.edit(), next.inverse(), false, next.side()));
    if (next.side() != null) {
      next.side().redo();
      return;
    }
    String before = text;
    change(next.edit());
    fire(next.edit(), before);
  }

  /** The characters the undo steps hold: what they replaced and what replaced it. */
  public long undoChars() {
    return storedChars;
  }

  /** How many steps undo can go back. */
  public int undoDepth() {
    return undo.size();
  }

  /**
   * Records a step, forgetting the oldest ones beyond {@link #MAX_UNDO_STEPS} steps or {@link
   * #MAX_UNDO_CHARS} characters of edits.
   */
  private void push(Change step) {
    undo.addFirst(step);
    storedChars += step.size();
    while (undo.size() > 1 && (undo.size() > MAX_UNDO_STEPS || storedChars > MAX_UNDO_CHARS)) {
      Change forgotten = undo.pollLast();
      storedChars -= forgotten.size();
      baseState = forgotten.id();
    }
  }

  private void change(DocumentEdit edit) {
    if (notifying) {
      throw new IllegalStateException(
          "the document was changed while it was notifying its listeners");
    }
    text = edit.applyTo(text);
    graph = null;
    revision++;
  }

  private void fire(DocumentEdit edit, String before) {
    notifying = true;
    try {
      for (DocumentListener l : listeners) {
        l.changed(this, edit, before);
      }
    } finally {
      notifying = false;
    }
  }

  /** One replacement covering only what differs between {@code a} and {@code b}. */
  public static DocumentEdit minimalEdit(String a, String b, String description) {
    int prefix = 0;
    int max = Math.min(a.length(), b.length());
    while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < max - prefix
        && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
      suffix++;
    }
    List<TextEdit> edits = new ArrayList<>();
    if (prefix != a.length() || prefix != b.length()) {
      edits.add(
          new TextEdit(
              prefix, a.length() - prefix - suffix, b.substring(prefix, b.length() - suffix)));
    }
    return new DocumentEdit(description, edits);
  }

  /**
   * One undo step: the edit and the edit that reverts it, which together hold only the replaced and
   * the replacing characters, never a copy of the text. {@code typed} when later typing may join
   * it; {@code side} for a step beside the text, whose edits are empty.
   *
   * @param id names the state this step leads to
   */
  private record Change(
      long id, DocumentEdit edit, DocumentEdit inverse, boolean typed, SideStep side) {

    /** Whether this step makes a difference: a text change, or, when counted, a side step. */
    boolean changes(boolean countSideSteps) {
      return side != null ? countSideSteps : !edit.isEmpty();
    }

    /** Characters this step keeps. */
    long size() {
      long n = 0;
      for (TextEdit e : edit.edits()) {
        n += e.replacement().length();
      }
      for (TextEdit e : inverse.edits()) {
        n += e.replacement().length();
      }
      return n;
    }

    /**
     * This typed step followed by {@code next} (applied to {@code between}, the text this step
     * made) as one step, or null when either is more than one replacement. Both are worked out on
     * the window of text the two replacements touch, so no whole text is copied.
     */
    Change join(long joinedId, DocumentEdit next, String between) {
      if (edit.edits().size() != 1 || inverse.edits().size() != 1 || next.edits().size() != 1) {
        return null;
      }
      TextEdit back = inverse.edits().get(0); // On `between`, where this step's text sits.
      TextEdit second = next.edits().get(0);
      int start = Math.min(back.offset(), second.offset());
      int end = Math.max(back.end(), second.end());
      String window = between.substring(start, end);
      String original = replace(window, back, start);
      String result = replace(window, second, start);
      DocumentEdit forward = minimalEdit(original, result, edit.description());
      if (forward.isEmpty()) {
        return new Change(joinedId, forward, forward, true, null);
      }
      TextEdit f = forward.edits().get(0);
      TextEdit shifted = new TextEdit(start + f.offset(), f.length(), f.replacement());
      return new Change(
          joinedId,
          new DocumentEdit(edit.description(), List.of(shifted)),
          new DocumentEdit(
              inverse.description(),
              List.of(
                  new TextEdit(
                      shifted.offset(),
                      shifted.replacement().length(),
                      original.substring(f.offset(), f.end())))),
          true,
          null);
    }

    private static String replace(String window, TextEdit e, int windowStart) {
      int from = e.offset() - windowStart;
      return window.substring(0, from) + e.replacement() + window.substring(from + e.length());
    }
  }
}
