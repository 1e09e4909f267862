package io.stagecraft.core.syntax;

/**
 * A half-open range {@code [start, end)} of character offsets into a Dockerfile's text, with the
 * 1-based line and column of both ends.
 */
public record SourceRange(int start, int end, int line, int column, int endLine, int endColumn) {

  public int length() {
    return end - start;
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  /** The text this range covers in {@code text}. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
