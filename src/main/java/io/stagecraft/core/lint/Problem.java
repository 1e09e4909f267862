package io.stagecraft.core.lint;

import io.stagecraft.core.syntax.Diagnostic;
import io.stagecraft.core.syntax.SourceRange;
import java.util.List;

/**
 * One finding of a rule: where, how serious after the settings, what, and how to fix it.
 *
 * @param severity the effective severity, after overrides
 */
public record Problem(
    Rule rule, LintSeverity severity, SourceRange range, String message, List<QuickFix> fixes) {

  public Problem {
    fixes = List.copyOf(fixes);
  }

  public String ruleId() {
    return rule.id();
  }

  public int line() {
    return range.line();
  }

  public int column() {
    return range.column();
  }

  public boolean fixable() {
    return fixes.stream().anyMatch(QuickFix::isEdit);
  }

  /** The problem as a diagnostic the code pane and canvas already show; the code is the rule id. */
  public Diagnostic toDiagnostic() {
    return new Diagnostic(range, severity.diagnosticSeverity(), rule.id(), message);
  }
}
