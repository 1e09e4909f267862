package io.stagecraft.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.model.StageGraph;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LinterTest {
  private static final StageGraph GRAPH =
      StageGraph.parse("FROM debian\nRUN apt-get install curl\nCMD make\n");

  @Test
  void aLintToldToStopGivesUpBeforeTheNextRuleAndRunsNoExternalChecker() {
    AtomicInteger checked = new AtomicInteger();
    Linter linter = new Linter(Rules.all(), List.of(countingChecker(checked)));
    AtomicInteger asked = new AtomicInteger();

    Optional<LintReport> report = linter.lintUnless(context(), () -> asked.incrementAndGet() > 3);

    assertTrue(report.isEmpty());
    assertEquals(4, asked.get(), "asked before each rule, and given up at once");
    assertEquals(0, checked.get());
  }

  @Test
  void aLintNeverToldToStopIsTheWholeLint() {
    AtomicInteger checked = new AtomicInteger();
    Linter linter = new Linter(Rules.all(), List.of(countingChecker(checked)));
    AtomicInteger asked = new AtomicInteger();

    LintReport report =
        linter.lintUnless(context(), () -> asked.incrementAndGet() < 0).orElseThrow();

    assertEquals(linter.lint(context()).problems(), report.problems());
    assertEquals(Rules.all().rules().size() + 1, asked.get(), "each rule and the checker");
    assertEquals(2, checked.get(), "the checker ran in both lints");
  }

  private static LintContext context() {
    return new LintContext(
        GRAPH, LintSettings.of(GRAPH.dockerfile()), ContextFacts.unknown(), null, Map.of());
  }

  private static ExternalChecker countingChecker(AtomicInteger checked) {
    return context -> {
      checked.incrementAndGet();
      return new ExternalChecker.Outcome(List.of(), Optional.empty());
    };
  }
}
