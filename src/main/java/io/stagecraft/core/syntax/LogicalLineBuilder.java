package io.stagecraft.core.syntax;

import java.util.Arrays;

/** Joins the physical pieces of one instruction into a {@link MappedText}. */
final class LogicalLineBuilder {
  private final String source;
  private final StringBuilder text = new StringBuilder();
  private int[] runStarts = new int[8];
  private int[] runSources = new int[8];
  private int runs;

  LogicalLineBuilder(String source) {
    this.source = source;
  }

  void append(int start, int end) {
    if (end <= start) {
      return;
    }
    if (runs == runStarts.length) {
      runStarts = Arrays.copyOf(runStarts, runs * 2);
      runSources = Arrays.copyOf(runSources, runs * 2);
    }
    runStarts[runs] = text.length();
    runSources[runs] = start;
    runs++;
    text.append(source, start, end);
  }

  MappedText build(LineIndex lines) {
    return new MappedText(text.toString(), runStarts, runSources, runs, lines);
  }
}
