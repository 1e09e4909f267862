package io.stagecraft.core.lint;

import io.stagecraft.core.edit.CopyPaths;
import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.edit.TextEdit;
import io.stagecraft.core.syntax.SourceRange;

/** Small constructors of the text edits quick fixes are made of. */
public final class Edits {
  private Edits() {}

  /** Replaces {@code range} with {@code text}. */
  public static DocumentEdit replace(String description, SourceRange range, String text) {
    return DocumentEdit.of(description, new TextEdit(range.start(), range.length(), text));
  }

  /** Deletes {@code [start, end)}. */
  public static DocumentEdit delete(String description, int start, int end) {
    return DocumentEdit.of(description, TextEdit.delete(start, end - start));
  }

  /** Inserts {@code text} at {@code offset}. */
  public static DocumentEdit insert(String description, int offset, String text) {
    return DocumentEdit.of(description, TextEdit.insert(offset, text));
  }

  /** A JSON string literal of {@code s}, quotes included. */
  public static String json(String s) {
    return CopyPaths.json(s);
  }
}
