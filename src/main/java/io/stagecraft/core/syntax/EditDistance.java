package io.stagecraft.core.syntax;

import java.util.Collection;
import java.util.Locale;

/** Levenshtein distance, for "did you mean" suggestions. */
public final class EditDistance {
  private EditDistance() {}

  public static int between(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
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
      int d = between(lower, candidate.toLowerCase(Locale.ROOT));
      if (d > 0 && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= 2 && bestDistance * 2 < Math.max(lower.length(), 2) ? best : null;
  }
}
