package io.stagecraft.core.syntax;

import java.util.Arrays;

/** Joins the physical pieces of one instruction into a {@link MappedText}. */
final class LogicalLineBuilder {
  private final CharSequence source;
  private final StringBuilder text = new StringBuilder();
  private int[] offsets = new int[128];

  LogicalLineBuilder(CharSequence source) {
    this.source = source;
  }

  void append(int start, int end) {
    int needed = text.length() + (end - start);
    if (needed > offsets.length) {
      offsets = Arrays.copyOf(offsets, Math.max(needed, offsets.length * 2));
    }
    int at = text.length();
    for (int i = start; i < end; i++) {
      offsets[at++] = i;
    }
    text.append(source, start, end);
  }

  boolean isEmpty() {
    return text.length() == 0;
  }

  MappedText build(LineIndex lines) {
    return new MappedText(text.toString(), Arrays.copyOf(offsets, text.length()), lines);
  }
}
