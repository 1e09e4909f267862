package io.stagecraft.core.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A change to a Dockerfile's text: non-overlapping replacements applied together, with a
 * description for the undo history. Every canvas gesture becomes one of these.
 */
public record DocumentEdit(String description, List<TextEdit> edits) {

  public DocumentEdit {
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(TextEdit::offset).thenComparingInt(TextEdit::length));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).offset() < sorted.get(i - 1).end()) {
        throw new IllegalArgumentException(
            "overlapping edits: " + sorted.get(i - 1) + " and " + sorted.get(i));
      }
    }
    edits = List.copyOf(sorted);
  }

  public static DocumentEdit of(String description, TextEdit... edits) {
    return new DocumentEdit(description, List.of(edits));
  }

  public boolean isEmpty() {
    return edits.isEmpty();
  }

  /** Applies the replacements to {@code text}; bytes outside them are kept as they are. */
  public String applyTo(String text) {
    StringBuilder out = new StringBuilder(text.length() + 64);
    int pos = 0;
    for (TextEdit e : edits) {
      if (e.end() > text.length()) {
        throw new IllegalArgumentException(
            "edit " + e + " is past the end of a text of length " + text.length());
      }
      out.append(text, pos, e.offset()).append(e.replacement());
      pos = e.end();
    }
    return out.append(text, pos, text.length()).toString();
  }

  /** The edit that undoes this one on the text it produced from {@code before}. */
  public DocumentEdit inverse(String before) {
    List<TextEdit> inverse = new ArrayList<>();
    int shift = 0;
    for (TextEdit e : edits) {
      inverse.add(
          new TextEdit(
              e.offset() + shift, e.replacement().length(), before.substring(e.offset(), e.end())));
      shift += e.replacement().length() - e.length();
    }
    return new DocumentEdit("Undo " + description, inverse);
  }
}
