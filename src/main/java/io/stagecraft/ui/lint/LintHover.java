package io.stagecraft.ui.lint;

import io.stagecraft.core.lint.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** The text a hover shows for lint problems: severity, rule, message, and the rule's title. */
public final class LintHover {
  private LintHover() {}

  public static String describe(List<Problem> problems) {
    return problems.stream()
        .map(
            p ->
                p.severity().label()
                    + " "
                    + p.ruleId()
                    + ": "
                    + p.message()
                    + "\n  "
                    + p.rule().title()
                    + (p.fixable() || !p.fixes().isEmpty() ? "\n  Alt+Enter: quick fixes" : ""))
        .collect(Collectors.joining("\n"));
  }
}
