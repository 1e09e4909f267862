package io.stagecraft.core.lint.stagecraft;

import io.stagecraft.core.build.PreparedContext;
import io.stagecraft.core.build.Sizes;
import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.syntax.Instruction;

/** A build context that sends more than the build panel's warning size with no ignore file. */
final class ContextCheck {
  private ContextCheck() {}

  static final Rule LARGE_CONTEXT_WITHOUT_DOCKERIGNORE =
      Stagecraft.rule(
          "STG108",
          LintSeverity.WARNING,
          "A large build context without a .dockerignore",
          "Without a .dockerignore every file of the context folder is sent to the builder before"
              + " the first step, and COPY . . puts them all in the image: .git, node_modules,"
              + " build output. Add a .dockerignore that excludes them.\n\nGood: a .dockerignore"
              + " with .git, node_modules, target, *.log",
          ContextCheck::check);

  private static void check(LintContext c, Findings out) {
    long size = c.context().sizeBytes();
    if (c.context().hasIgnoreFile() || size <= PreparedContext.WARN_BYTES) {
      return;
    }
    var instructions = c.dockerfile().instructions();
    var range =
        instructions.isEmpty()
            ? c.dockerfile().lines().range(0, 0)
            : c.rangeOf((Instruction) instructions.get(0));
    out.report(
        range,
        "The build context is "
            + Sizes.human(size)
            + " and has no .dockerignore: all of it is sent to the builder");
  }
}
