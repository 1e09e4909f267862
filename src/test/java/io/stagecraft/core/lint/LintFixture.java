package io.stagecraft.core.lint;

import io.stagecraft.core.context.DockerIgnore;
import io.stagecraft.core.lint.config.HadolintConfig;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.syntax.Dockerfile;
import java.util.List;
import java.util.Map;

/** Lints text in tests and picks out the problems of one rule. */
public final class LintFixture {
  private LintFixture() {}

  public static LintReport lint(String text) {
    return Linter.builtIn().lint(StageGraph.parse(text));
  }

  public static LintReport lint(String text, Map<String, String> buildArgs, HadolintConfig config) {
    StageGraph graph = StageGraph.parse(text);
    return Linter.builtIn()
        .lint(
            new LintContext(
                graph,
                LintSettings.of(graph.dockerfile(), buildArgs, config, Map.of()),
                ContextFacts.unknown(),
                null,
                buildArgs));
  }

  public static LintReport lintWithIgnore(String text, String dockerignore) throws Exception {
    StageGraph graph = StageGraph.parse(text);
    ContextFacts facts =
        new ContextFacts(null, DockerIgnore.parse(dockerignore), null, -1, List.of());
    return Linter.builtIn()
        .lint(new LintContext(graph, LintSettings.of(graph.dockerfile()), facts, null, Map.of()));
  }

  /** The problems of {@code rule} when linting {@code text}. */
  public static List<Problem> problems(String rule, String text) {
    return of(rule, lint(text));
  }

  public static List<Problem> of(String rule, LintReport report) {
    return report.problems().stream().filter(p -> p.ruleId().equals(rule)).toList();
  }

  /**
   * The number of problems of {@code rule} for {@code instruction} in a stage of its own, which
   * must be the same when ONBUILD wraps the instruction (hadolint's rules apply to both).
   */
  public static int countAlsoInOnbuild(String rule, String instruction) {
    int plain = problems(rule, "FROM a:1\n" + instruction + "\n").size();
    int onbuild = problems(rule, "FROM a:1\nONBUILD " + instruction + "\n").size();
    if (plain != onbuild) {
      throw new AssertionError(
          rule + ": " + plain + " problems for " + instruction + ", " + onbuild + " in ONBUILD");
    }
    return plain;
  }

  /** {@code text} after applying the first fix of the single problem of {@code rule}. */
  public static String fixed(String rule, String text) {
    List<Problem> found = problems(rule, text);
    if (found.size() != 1) {
      throw new AssertionError("expected one " + rule + " problem, got " + found);
    }
    return found.get(0).fixes().get(0).edit().applyTo(text);
  }

  public static Dockerfile parse(String text) {
    return Dockerfile.parse(text);
  }
}
