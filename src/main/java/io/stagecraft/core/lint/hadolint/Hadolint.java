package io.stagecraft.core.lint.hadolint;

import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.lint.RuleCheck;
import io.stagecraft.core.lint.RuleSource;
import java.util.List;

/** hadolint's DL rules, under hadolint's ids, meanings and default severities. */
public final class Hadolint {
  private Hadolint() {}

  static Rule rule(
      String id, LintSeverity severity, String title, String explanation, RuleCheck c) {
    return Rule.of(
        id,
        RuleSource.HADOLINT,
        severity,
        title,
        explanation,
        "https://github.com/hadolint/hadolint/wiki/" + id,
        c);
  }

  /** The DL rules implemented so far. */
  public static List<Rule> rules() {
    return List.of(
        ImageRules.DL3006,
        ImageRules.DL3007,
        AptRules.DL3008,
        AptRules.DL3015,
        ImageRules.DL3020,
        ShellRules.DL4006);
  }
}
