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
  private String text;
  private StageGraph graph;
  private long revision;
  private long savedRevision;
  private boolean notifying;

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

  public boolean isModified() {
    return revision != savedRevision;
  }

  /** Records the current state as saved. */
  public void markSaved() {
    savedRevision = revision;
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
    undo.push(new Change(edit, before, false));
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
    Change previous = undo.peek();
    boolean join = joinPrevious && previous != null && previous.typed() && redo.isEmpty();
    String before = text;
    change(edit);
    if (join) {
      undo.pop();
      undo.push(
          new Change(
              minimalEdit(previous.before(), text, previous.edit().description()),
              previous.before(),
              true));
    } else {
      undo.push(new Change(edit, before, true));
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
    Change last = undo.pop();
    DocumentEdit inverse = last.edit().inverse(last.before());
    String before = text;
    change(inverse);
    redo.push(last);
    fire(inverse, before);
  }

  public void redo() {
    if (redo.isEmpty()) {
      return;
    }
    Change next = redo.pop();
    String before = text;
    change(next.edit());
    undo.push(new Change(next.edit(), next.before(), false));
    fire(next.edit(), before);
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

  /** One undo step; {@code typed} when later typing may join it. */
  private record Change(DocumentEdit edit, String before, boolean typed) {}
}
