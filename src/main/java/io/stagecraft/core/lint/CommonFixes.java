package io.stagecraft.core.lint;

import io.stagecraft.core.split.ExecForm;
import io.stagecraft.core.syntax.Flag;
import io.stagecraft.core.syntax.Instruction;
import java.util.List;

/** Fixes that rules of more than one source offer for the same problem, made once. */
public final class CommonFixes {
  private CommonFixes() {}

  /** MAINTAINER written as {@code LABEL org.opencontainers.image.authors="..."}. */
  public static QuickFix maintainerToLabel(LintContext c, Instruction maintainer) {
    return QuickFix.safe(
        "Replace with LABEL org.opencontainers.image.authors",
        Edits.replace(
            "MAINTAINER to LABEL",
            c.rangeOf(maintainer),
            "LABEL org.opencontainers.image.authors="
                + Edits.json(maintainer.arguments().strip())));
  }

  /** A shell-form CMD or ENTRYPOINT in the exec form; null when its words cannot be read. */
  public static QuickFix execForm(LintContext c, Instruction i) {
    List<String> argv = ExecForm.argv(c.text(), c.dockerfile().escape(), i);
    return argv == null || argv.isEmpty()
        ? null
        : QuickFix.safe(
            "Use the exec form",
            Edits.replace("Exec form for " + i.name(), i.argumentsRange(), ExecForm.json(argv)));
  }

  /** The flag removed with the blanks after it (a redundant {@code --platform=$TARGETPLATFORM}). */
  public static QuickFix removeFlag(LintContext c, Flag flag) {
    String text = c.text();
    int end = flag.range().end();
    while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
      end++;
    }
    return QuickFix.safe(
        "Remove --" + flag.name(),
        Edits.delete("Remove --" + flag.name(), flag.range().start(), end));
  }
}
