package io.stagecraft.core.syntax;

/**
 * Text assembled from source characters that need not be contiguous (line continuations, removed
 * quotes), remembering the source offset of every character so any slice maps back to a range.
 */
public final class MappedText {
  private final String text;
  private final int[] offsets;
  private final LineIndex lines;

  MappedText(String text, int[] offsets, LineIndex lines) {
    this.text = text;
    this.offsets = offsets;
    this.lines = lines;
  }

  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  /** The source offset of character {@code i}. */
  public int sourceOffset(int i) {
    return offsets[i];
  }

  /** The source range covering characters {@code [from, to)}; empty slices map to a point. */
  public SourceRange range(int from, int to) {
    if (from >= to) {
      int at = from < offsets.length ? offsets[from] : (offsets.length == 0 ? 0 : offsets[offsets.length - 1] + 1);
      return lines.range(at, at);
    }
    return lines.range(offsets[from], offsets[to - 1] + 1);
  }
}
