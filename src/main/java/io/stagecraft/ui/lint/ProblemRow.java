package io.stagecraft.ui.lint;

import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.Problem;
import io.stagecraft.core.syntax.Diagnostic;
import io.stagecraft.core.syntax.SourceRange;

/**
 * One line of the Problems panel: a lint problem, or a syntax diagnostic of the parser.
 *
 * @param rule the lint rule's id, or the diagnostic's code
 * @param lint whether a lint rule reported it, so its rule's settings can change
 */
public record ProblemRow(
    LintSeverity severity, String rule, String message, SourceRange range, boolean lint) {

  public static ProblemRow of(Problem p) {
    return new ProblemRow(p.severity(), p.ruleId(), p.message(), p.range(), true);
  }

  public static ProblemRow of(Diagnostic d) {
    LintSeverity severity =
        switch (d.severity()) {
          case ERROR -> LintSeverity.ERROR;
          case WARNING -> LintSeverity.WARNING;
          case INFO -> LintSeverity.INFO;
        };
    String code = d.code() == null || d.code().isBlank() ? "syntax" : d.code();
    return new ProblemRow(severity, code, d.message(), d.range(), false);
  }

  public int line() {
    return range.line();
  }

  public int column() {
    return range.column();
  }
}
