package io.stagecraft.ui.lint;

import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.ui.Plural;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many problems of each severity, most severe first, as the Problems panel's summary reads
 * them: "1 error · 6 warnings · 2 info". "Info" and "style" are kinds, not countable nouns, so they
 * stay as they are ("2 info", "3 style").
 */
public final class SeverityCounts {
  private SeverityCounts() {}

  /** The summary of {@code severities}; "none" when there are none. */
  public static String summary(List<LintSeverity> severities) {
    Map<LintSeverity, Integer> counts = new EnumMap<>(LintSeverity.class);
    severities.forEach(s -> counts.merge(s, 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach((severity, n) -> parts.add(count(n, severity)));
    return parts.isEmpty() ? "none" : String.join(" \u00B7 ", parts);
  }

  /** {@code n} problems of {@code severity}: "1 warning", "6 warnings", "2 info". */
  public static String count(int n, LintSeverity severity) {
    String noun = severity.label();
    return switch (severity) {
      case ERROR, WARNING -> Plural.of(n, noun);
      default -> Plural.of(n, noun, noun);
    };
  }
}
