package io.stagecraft.core.syntax;

import java.util.Collection;
import java.util.Locale;

/** Edit distance between words, for "did you mean" suggestions. */
public final class EditDistance {
  private EditDistance() {}

  /** Edit distance counting insertions, deletions, substitutions and swaps of neighbours as one. */
  public static int between(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /**
   * The candidate closest to {@code word}, compared case-insensitively, when it is close enough to
   * be a likely typo (at most 2 edits, and fewer than half the word); otherwise null.
   */
  public static String closest(String word, Collection<String> candidates) {
    String lower = word.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (Math.abs(candidate.length() - lower.length()) > 2) {
        continue; // the distance is at least the difference in length
      }
      int d = between(lower, candidate.toLowerCase(Locale.ROOT));
      if (d > 0 && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= 2 && bestDistance * 2 < Math.max(lower.length(), 2)
        ? best
        : null;
  }
}
