package io.stagecraft.core.lint;

import io.stagecraft.core.model.StageGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Runs the rules of a registry over one file and applies the settings to what they find. It never
 * throws: a rule that fails is reported as a problem of Stagecraft's internal rule at line 1, so
 * one broken rule cannot hide the others.
 */
public final class Linter {
  private final RuleRegistry registry;
  private final List<ExternalChecker> external;

  public Linter(RuleRegistry registry, List<ExternalChecker> external) {
    this.registry = registry;
    this.external = List.copyOf(external);
  }

  /** The linter of every built-in rule, without external programs. */
  public static Linter builtIn() {
    return new Linter(Rules.all(), List.of());
  }

  /** Lints with the file's own settings, no context, the last stage as target. */
  public LintReport lint(StageGraph graph) {
    return lint(
        new LintContext(
            graph, LintSettings.of(graph.dockerfile()), ContextFacts.unknown(), null, Map.of()));
  }

  public LintReport lint(LintContext context) {
    return lintUnless(context, () -> false).orElseThrow();
  }

  /**
   * Lints, or gives up with an empty result when {@code stop} says so: it is asked before each rule
   * and each external checker.
   */
  public Optional<LintReport> lintUnless(LintContext context, BooleanSupplier stop) {
    List<Problem> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Rule rule : registry.rules()) {
      if (stop.getAsBoolean()) {
        return Optional.empty();
      }
      if (!context.settings().mayReport(rule)) {
        continue;
      }
      Findings findings = new Findings(rule);
      try {
        rule.check().check(context, findings);
      } catch (RuntimeException e) {
        findings = new Findings(Rules.INTERNAL);
        findings.report(
            context.dockerfile().lines().range(0, 0),
            "rule " + rule.id() + " failed on this file: " + e);
      }
      keep(context, findings, problems);
    }
    for (ExternalChecker checker : external) {
      if (stop.getAsBoolean()) {
        return Optional.empty();
      }
      ExternalChecker.Outcome outcome = checker.check(context);
      outcome.note().ifPresent(notes::add);
      for (Problem p : outcome.problems()) {
        LintSeverity severity = context.settings().severity(p.rule(), p.range());
        if (severity != LintSeverity.OFF) {
          problems.add(new Problem(p.rule(), severity, p.range(), p.message(), p.fixes()));
        }
      }
    }
    problems.sort(
        Comparator.comparingInt((Problem p) -> p.range().start())
            .thenComparing(Problem::ruleId)
            .thenComparing(Problem::message));
    return Optional.of(new LintReport(problems, context.settings().problems(), notes));
  }

  private static void keep(LintContext context, Findings findings, List<Problem> into) {
    for (Problem p : findings.problems()) {
      LintSeverity severity = context.settings().severity(p.rule(), p.range());
      if (severity != LintSeverity.OFF) {
        into.add(new Problem(p.rule(), severity, p.range(), p.message(), p.fixes()));
      }
    }
  }

  public RuleRegistry registry() {
    return registry;
  }
}
