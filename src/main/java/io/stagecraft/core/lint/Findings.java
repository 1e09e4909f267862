package io.stagecraft.core.lint;

import io.stagecraft.core.syntax.SourceRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects what one rule reports; the linter applies the settings afterwards. */
public final class Findings {
  private final Rule rule;
  private final List<Problem> problems = new ArrayList<>();

  Findings(Rule rule) {
    this.rule = rule;
  }

  public Rule rule() {
    return rule;
  }

  /** Reports a problem at {@code range} with the rule's title as its message. */
  public void report(SourceRange range, QuickFix... fixes) {
    report(range, rule.title(), Arrays.asList(fixes));
  }

  /** Reports a problem at {@code range}, with the fixes that solve it. */
  public void report(SourceRange range, String message, QuickFix... fixes) {
    report(range, message, Arrays.asList(fixes));
  }

  public void report(SourceRange range, String message, List<QuickFix> fixes) {
    problems.add(
        new Problem(
            rule, rule.severity(), range, message, fixes.stream().filter(f -> f != null).toList()));
  }

  List<Problem> problems() {
    return problems;
  }
}
