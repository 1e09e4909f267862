package io.stagecraft.core.lint.hadolint;

import io.stagecraft.core.lint.LintSettings;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.syntax.Comment;
import io.stagecraft.core.syntax.Element;

/** hadolint's rule against its own inline ignore pragmas, for teams that want none. */
final class PragmaRules {
  private PragmaRules() {}

  static final Rule DL1001 =
      Hadolint.rule(
          "DL1001",
          LintSeverity.OFF,
          "Please refrain from using inline ignore pragmas  `# hadolint ignore=DLxxxx`.",
          "Off by default, as in hadolint. Turned on, every `# hadolint ignore=` comment is"
              + " reported, so exceptions live in the configuration file instead.\n\nBad: #"
              + " hadolint ignore=DL3008\nGood: ignored: [DL3008] in .hadolint.yaml",
          (c, out) -> {
            for (Element e : c.dockerfile().elements()) {
              if (e instanceof Comment comment
                  && LintSettings.isInlineIgnorePragma(comment.text().text())) {
                out.report(comment.text().range());
              }
            }
          });
}
