package io.stagecraft.cli;

import io.stagecraft.core.lint.Linter;
import io.stagecraft.engine.ShellCheckProcess;

/** The linter the command line runs: every built-in rule, and ShellCheck when it is installed. */
final class LintEngines {
  private LintEngines() {}

  static Linter linter() {
    return ShellCheckProcess.linter();
  }
}
