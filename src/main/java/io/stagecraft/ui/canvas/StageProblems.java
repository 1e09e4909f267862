package io.stagecraft.ui.canvas;

import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.Problem;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.syntax.Diagnostic;
import io.stagecraft.ui.lint.LintResult;
import io.stagecraft.ui.model.DiagramSnapshot;
import java.util.ArrayList;
import java.util.List;

/** A stage box's problem count and list: its syntax diagnostics and, when current, lint's. */
final class StageProblems {
  private StageProblems() {}

  static void show(StageBoxView box, DiagramSnapshot snapshot, Stage stage, LintResult lint) {
    List<Diagnostic> syntax = snapshot.graph().diagnosticsIn(stage.range());
    List<Problem> problems =
        lint != null
                && lint.document() == snapshot.document()
                && lint.revision() == snapshot.revision()
            ? lint.problemsIn(stage.range())
            : List.of();
    List<String> lines = new ArrayList<>();
    boolean errors = false;
    for (Diagnostic d : syntax) {
      lines.add("Line " + d.line() + ": " + d.message());
      errors |= d.isError();
    }
    for (Problem p : problems) {
      lines.add("Line " + p.line() + ": " + p.ruleId() + ": " + p.message());
      errors |= p.severity() == LintSeverity.ERROR;
    }
    box.showProblems(syntax.size() + problems.size(), errors, String.join("\n", lines));
  }
}
