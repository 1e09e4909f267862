package io.stagecraft.core.lint.shellcheck;

import java.io.IOException;
import java.util.List;

/**
 * Runs the ShellCheck program. Core knows only this interface; the process that runs it lives
 * outside core (see docs/adr/0027-shellcheck-as-an-external-checker.md).
 */
public interface ShellCheckRunner {

  /** True when the program is there to run. */
  boolean available();

  /**
   * ShellCheck's comments on {@code script}, read as {@code dialect}.
   *
   * @param dialect sh, bash, dash or ksh, as ShellCheck's {@code -s} takes it
   * @throws IOException when the program fails, or does not answer in time
   */
  List<ScriptComment> check(String script, String dialect) throws IOException;
}
