package io.stagecraft.core.lint.hadolint;

import io.stagecraft.core.lint.Edits;
import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.QuickFix;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.lint.RunScript;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.syntax.ArgumentForm;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import io.stagecraft.core.syntax.Word;

/** hadolint's rules about the shell a RUN runs in: pipefail, and SHELL instead of a new /bin/sh. */
final class ShellRules {
  private ShellRules() {}

  static final Rule DL4006 =
      Hadolint.rule(
          "DL4006",
          LintSeverity.WARNING,
          "Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using"
              + " /bin/sh in an alpine image or if your shell is symlinked to busybox then"
              + " consider explicitly setting your SHELL to /bin/ash, or disable this check",
          "Without pipefail a failing command before a pipe is hidden by the last command's"
              + " success.\n\nBad: RUN wget -O - https://x | tar xz\nGood: SHELL [\"/bin/bash\","
              + " \"-o\", \"pipefail\", \"-c\"] / RUN wget -O - https://x | tar xz",
          ShellRules::pipefail);

  static final Rule DL4005 =
      Hadolint.rule(
          "DL4005",
          LintSeverity.WARNING,
          "Use SHELL to change the default shell",
          "Replacing /bin/sh with a link changes the shell for every later RUN, unseen in the"
              + " Dockerfile and wrong for anything in the image that expects sh.\n\nBad: RUN ln"
              + " -sf /bin/bash /bin/sh\nGood: SHELL [\"/bin/bash\", \"-c\"]",
          RunCommands.anyCommand(
              command ->
                  RunScript.program(command).equals("ln")
                      && RunScript.argv(command).contains("/bin/sh")));

  private static void pipefail(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      boolean pipefail = false;
      for (Instruction i : s.instructions()) {
        if (i.is(Keyword.SHELL)) {
          pipefail =
              i.words().stream().map(Word::value).anyMatch(v -> v.equals("pipefail"))
                  || i.words().stream()
                      .map(Word::value)
                      .anyMatch(v -> v.matches(".*(pwsh|powershell|cmd).*"));
          continue;
        }
        if (!i.is(Keyword.RUN) || pipefail || i.form() != ArgumentForm.SHELL) {
          continue;
        }
        if (hasPipe(c, i)) {
          int lineStart = c.dockerfile().lines().lineStart(i.line());
          out.report(
              c.rangeOf(i),
              QuickFix.unsafe(
                  "Add SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]",
                  Edits.insert(
                      "SHELL with pipefail",
                      lineStart,
                      "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n")));
          pipefail = true;
        }
      }
    }
  }

  /** True when the RUN's shell text has a pipe outside quotes (not {@code ||}). */
  private static boolean hasPipe(LintContext c, Instruction run) {
    String text = c.text();
    int start = run.argumentsRange().start();
    int end = run.argumentsRange().end();
    char quote = 0;
    for (int i = start; i < end; i++) {
      char ch = text.charAt(i);
      if (quote != 0) {
        if (ch == quote) {
          quote = 0;
        } else if (ch == '\\' && quote == '"') {
          i++;
        }
      } else if (ch == '\'' || ch == '"') {
        quote = ch;
      } else if (ch == '\\') {
        i++;
      } else if (ch == '|') {
        if (i + 1 < end && text.charAt(i + 1) == '|') {
          i++;
        } else if (i > start && text.charAt(i - 1) != '>') {
          return true;
        }
      }
    }
    return false;
  }
}
