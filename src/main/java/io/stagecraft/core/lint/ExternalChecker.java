package io.stagecraft.core.lint;

import java.util.List;
import java.util.Optional;

/** A checker that runs outside the JVM, such as ShellCheck; it may be unavailable. */
public interface ExternalChecker {

  Outcome check(LintContext context);

  /**
   * What an external checker found, and a note for the user when it could not run.
   *
   * @param note why the checker's rules are off, or empty
   */
  record Outcome(List<Problem> problems, Optional<String> note) {}
}
