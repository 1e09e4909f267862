package io.stagecraft.core.lint.hadolint;

import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.lint.StageChain;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import java.util.List;

/** hadolint's rules about HEALTHCHECK: one per stage, and (when turned on) one in every image. */
final class HealthcheckRules {
  private HealthcheckRules() {}

  static final Rule DL3012 =
      Hadolint.rule(
          "DL3012",
          LintSeverity.ERROR,
          "Multiple `HEALTHCHECK` instructions",
          "Only the last HEALTHCHECK of a stage counts.\n\nBad: HEALTHCHECK CMD a / HEALTHCHECK"
              + " CMD b\nGood: HEALTHCHECK CMD b",
          HealthcheckRules::multiple);

  static final Rule DL3057 =
      Hadolint.rule(
          "DL3057",
          LintSeverity.OFF,
          "`HEALTHCHECK` instruction missing.",
          "Off by default, as in hadolint. A stage is fine when it, a stage it is built on or a"
              + " stage built on it has a HEALTHCHECK (HEALTHCHECK NONE counts).\n\nBad: FROM"
              + " nginx:1.27\nGood: FROM nginx:1.27 / HEALTHCHECK CMD curl -f http://localhost/",
          HealthcheckRules::missing);

  private static boolean hasHealthcheck(Stage s) {
    return s.instructions().stream().anyMatch(i -> i.is(Keyword.HEALTHCHECK));
  }

  private static void multiple(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      List<Instruction> checks =
          s.instructions().stream().filter(i -> i.is(Keyword.HEALTHCHECK)).toList();
      for (Instruction later : checks.subList(Math.min(1, checks.size()), checks.size())) {
        out.report(c.rangeOf(later));
      }
    }
  }

  private static void missing(LintContext c, Findings out) {
    List<Stage> stages = c.graph().stages();
    for (Stage s : stages) {
      boolean inherited =
          StageChain.of(c.graph(), s).stream().anyMatch(HealthcheckRules::hasHealthcheck);
      boolean passedOn =
          stages.stream()
              .anyMatch(t -> hasHealthcheck(t) && StageChain.of(c.graph(), t).contains(s));
      if (!inherited && !passedOn) {
        out.report(c.rangeOf(s.from()));
      }
    }
  }
}
