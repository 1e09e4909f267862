package io.stagecraft.core.lint;

import io.stagecraft.core.lint.config.ConfigProblem;
import java.util.List;

/**
 * The result of linting one file: its problems in source order, problems of the configuration, and
 * notes for the user (such as ShellCheck being unavailable).
 */
public record LintReport(
    List<Problem> problems, List<ConfigProblem> configProblems, List<String> notes) {

  public LintReport {
    problems = List.copyOf(problems);
    configProblems = List.copyOf(configProblems);
    notes = List.copyOf(notes);
  }

  /** A report of nothing: no problems, no configuration problems, no notes. */
  public static final LintReport EMPTY = new LintReport(List.of(), List.of(), List.of());

  /**
   * The problems whose range holds {@code offset}; its end counts, where the caret sits after
   * typing the line.
   */
  public List<Problem> problemsAt(int offset) {
    return problems.stream()
        .filter(p -> offset >= p.range().start() && offset <= p.range().end())
        .toList();
  }

  /** True when a problem is at least as serious as {@code threshold}. */
  public boolean fails(LintSeverity threshold) {
    return problems.stream().anyMatch(p -> p.severity().reaches(threshold));
  }
}
