package io.stagecraft.core.syntax;

/**
 * Text assembled from source characters that need not be contiguous (line continuations, removed
 * quotes), remembering where every character came from so any slice maps back to a source range.
 * The mapping is kept as runs of consecutive characters: one run per physical line of an
 * instruction, or a few more where quotes were removed.
 */
public final class MappedText {
  private final String text;
  private final int[] runStarts;
  private final int[] runSources;
  private final int runs;
  private final LineIndex lines;

  MappedText(String text, int[] runStarts, int[] runSources, int runs, LineIndex lines) {
    this.text = text;
    this.runStarts = runStarts;
    this.runSources = runSources;
    this.runs = runs;
    this.lines = lines;
  }

  /** Builds the mapping from the source offset of each character. */
  static MappedText fromOffsets(String text, int[] offsets, LineIndex lines) {
    int[] starts = new int[Math.max(1, offsets.length)];
    int[] sources = new int[Math.max(1, offsets.length)];
    int runs = 0;
    for (int i = 0; i < offsets.length; i++) {
      if (i == 0 || offsets[i] != offsets[i - 1] + 1) {
        starts[runs] = i;
        sources[runs] = offsets[i];
        runs++;
      }
    }
    return new MappedText(text, starts, sources, runs, lines);
  }

  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  /** The source offset of character {@code i}. */
  public int sourceOffset(int i) {
    int lo = 0;
    int hi = runs - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (runStarts[mid] <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return runSources[lo] + (i - runStarts[lo]);
  }

  /** The source range covering characters {@code [from, to)}; empty slices map to a point. */
  public SourceRange range(int from, int to) {
    if (runs == 0) {
      return lines.range(0, 0);
    }
    if (from >= to) {
      int at = from < text.length() ? sourceOffset(from) : sourceOffset(text.length() - 1) + 1;
      return lines.range(at, at);
    }
    return lines.range(sourceOffset(from), sourceOffset(to - 1) + 1);
  }
}
