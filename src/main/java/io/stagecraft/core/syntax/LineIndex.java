package io.stagecraft.core.syntax;

import java.util.Arrays;

/**
 * Maps character offsets to 1-based line and column numbers. Lines end at {@code \n}. It remembers
 * the last line found only as a hint that is checked before use, so sharing it between threads is
 * safe.
 */
public final class LineIndex {
  private final int[] lineStarts;
  private final int length;
  private int lastLine;

  public LineIndex(String text) {
    int[] starts = new int[16];
    int count = 1;
    for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = nl + 1;
    }
    this.lineStarts = Arrays.copyOf(starts, count);
    this.length = text.length();
  }

  /** Number of lines; a text that ends with a newline has an empty last line. */
  public int lineCount() {
    return lineStarts.length;
  }

  /** 1-based line of {@code offset}. */
  public int line(int offset) {
    int clamped = Math.max(0, Math.min(offset, length));
    // Parsing asks for offsets close to each other: look near the line found last first.
    int hint = lastLine;
    if (clamped >= lineStarts[hint]) {
      for (int i = hint, limit = Math.min(lineStarts.length, hint + 8); i < limit; i++) {
        if (i + 1 == lineStarts.length || clamped < lineStarts[i + 1]) {
          lastLine = i;
          return i + 1;
        }
      }
    } else {
      for (int i = hint - 1, limit = Math.max(0, hint - 8); i >= limit; i--) {
        if (clamped >= lineStarts[i]) {
          lastLine = i;
          return i + 1;
        }
      }
    }
    int i = Arrays.binarySearch(lineStarts, clamped);
    int line = i >= 0 ? i + 1 : -i - 1;
    lastLine = line - 1;
    return line;
  }

  /** 1-based column of {@code offset}, counted in UTF-16 chars. */
  public int column(int offset) {
    int clamped = Math.max(0, Math.min(offset, length));
    return clamped - lineStarts[line(clamped) - 1] + 1;
  }

  /** Offset of the first character of 1-based {@code line}. */
  public int lineStart(int line) {
    return lineStarts[Math.max(1, Math.min(line, lineStarts.length)) - 1];
  }

  public SourceRange range(int start, int end) {
    int startLine = line(start);
    int endLine = line(end);
    return new SourceRange(
        start,
        end,
        startLine,
        start - lineStarts[startLine - 1] + 1,
        endLine,
        end - lineStarts[endLine - 1] + 1);
  }
}
