package io.stagecraft.core.lint.stagecraft;

import io.stagecraft.core.edit.EditException;
import io.stagecraft.core.edit.StageEdits;
import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.QuickFix;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.model.Edge;
import io.stagecraft.core.model.NodeRef;
import io.stagecraft.core.model.Stage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/** A stage the built stage does not depend on, directly or through others. */
final class UnusedStageCheck {
  private UnusedStageCheck() {}

  static final Rule UNUSED_STAGE =
      Stagecraft.rule(
          "STG104",
          LintSeverity.INFO,
          "A stage that nothing uses, and is not the target",
          "BuildKit skips stages the target does not need, so an unused stage is dead text that"
              + " readers still have to understand; the classic builder even builds it. Remove"
              + " it, or build it with --target if it is meant to be built on its own.\n\nBad:"
              + " FROM node AS test (never copied from) ... FROM nginx",
          UnusedStageCheck::check);

  private static void check(LintContext c, Findings out) {
    Stage target = c.finalStage();
    if (target == null) {
      return;
    }
    Set<Integer> used = new HashSet<>();
    Deque<Integer> todo = new ArrayDeque<>();
    todo.add(target.index());
    while (!todo.isEmpty()) {
      int index = todo.pop();
      if (!used.add(index)) {
        continue;
      }
      for (Edge e : c.graph().edgesInto(index)) {
        if (e.from() instanceof NodeRef.StageRef ref) {
          todo.add(ref.index());
        }
      }
    }
    for (Stage s : c.graph().stages()) {
      if (used.contains(s.index())) {
        continue;
      }
      QuickFix fix = null;
      try {
        fix =
            QuickFix.unsafe(
                "Remove stage " + s.label(), StageEdits.deleteStage(c.graph(), s.index(), false));
      } catch (EditException e) {
        // No fix when the stage cannot be removed on its own.
      }
      out.report(
          c.rangeOf(s.from()),
          "Stage " + s.label() + " is not used by the target stage " + target.label(),
          fix);
    }
  }
}
