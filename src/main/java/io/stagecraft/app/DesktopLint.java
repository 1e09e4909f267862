package io.stagecraft.app;

import io.stagecraft.core.lint.Linter;
import io.stagecraft.persistence.BuildSettings;
import io.stagecraft.ui.code.CodePane;
import io.stagecraft.ui.concurrent.BackgroundWork;
import io.stagecraft.ui.lint.LintQuickFixes;
import io.stagecraft.ui.lint.LintSetup;
import io.stagecraft.ui.lint.ProblemsPanel;
import io.stagecraft.ui.model.EditorModel;

/**
 * Lint in the window: the open file's settings handed to the derivation pipeline, quick fixes on
 * Alt+Enter and in the code pane's menu, and the Problems panel, whose rule settings the project
 * keeps.
 */
final class DesktopLint {
  private final FileActions files;
  private final LintSetup setup;
  private final LintQuickFixes fixes;
  private final ProblemsPanel panel;

  DesktopLint(
      EditorModel model,
      CodePane codePane,
      FileActions files,
      Runnable slimIt,
      BackgroundWork background,
      Linter linter) {
    this.files = files;
    this.setup = new LintSetup(model, background, linter);
    this.fixes = new LintQuickFixes(model, codePane, slimIt);
    this.panel =
        new ProblemsPanel(
            model, codePane, () -> files.lintRulesProperty().get(), files::setLintRules);
    files.openFileProperty().addListener((obs, was, now) -> update());
    files.lintRulesProperty().addListener((obs, was, now) -> update());
    update();
  }

  private void update() {
    OpenFile file = files.openFile();
    BuildSettings build = file.build();
    setup.use(
        new LintSetup.Wanted(
            file.dockerfile(), build.buildArgs(), build.target(), files.lintRulesProperty().get()));
  }

  /** Reads the Dockerfile's {@code .hadolint.yaml} and build context again. */
  void reread() {
    setup.reread();
  }

  /**
   * Lints again if the Dockerfile's {@code .hadolint.yaml} changed on disk (looked at off the
   * JavaFX thread).
   */
  void recheck() {
    setup.recheck();
  }

  ProblemsPanel panel() {
    return panel;
  }

  LintQuickFixes fixes() {
    return fixes;
  }
}
