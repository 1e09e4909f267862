package io.stagecraft.ui.derive;

import io.stagecraft.core.lint.LintReport;
import io.stagecraft.core.model.StageGraph;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Lints a revision's graph off the JavaFX thread, and gives up between rules once {@code replaced}
 * says a newer revision was asked for: on a long file lint is most of a revision's work, and the
 * newest revision would otherwise wait for all of it to be thrown away.
 */
@FunctionalInterface
public interface Linting {
  /** No lint: every revision has an empty report. */
  Linting NONE = (graph, replaced) -> Optional.of(LintReport.EMPTY);

  /** The report, or empty once {@code replaced} said so. It must only read what it captured. */
  Optional<LintReport> lint(StageGraph graph, BooleanSupplier replaced);
}
