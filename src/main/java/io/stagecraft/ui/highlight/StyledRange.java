package io.stagecraft.ui.highlight;

/** A style class over the characters {@code [start, end)}. */
public record StyledRange(int start, int end, String styleClass) {
  public StyledRange {
    if (end < start) {
      throw new IllegalArgumentException("range ends before it starts: " + start + ".." + end);
    }
  }
}
