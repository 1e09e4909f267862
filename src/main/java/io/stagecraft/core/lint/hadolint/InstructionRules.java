package io.stagecraft.core.lint.hadolint;

import io.stagecraft.core.lint.CommonFixes;
import io.stagecraft.core.lint.Edits;
import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.QuickFix;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.syntax.ArgumentForm;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import io.stagecraft.core.syntax.Word;
import java.util.List;
import java.util.Locale;

/**
 * hadolint's rules about single instructions and their order in a stage: an absolute WORKDIR, the
 * last USER, JSON CMD and ENTRYPOINT, consecutive RUNs, MAINTAINER, more than one CMD or
 * ENTRYPOINT, COPY to several sources, EXPOSE's port range and unique stage names.
 */
final class InstructionRules {
  private InstructionRules() {}

  static final Rule DL3000 =
      Hadolint.rule(
          "DL3000",
          LintSeverity.ERROR,
          "Use absolute WORKDIR",
          "A relative WORKDIR depends on the WORKDIR of the base image.\n\nBad: WORKDIR"
              + " app\nGood: WORKDIR /app",
          InstructionRules::absoluteWorkdir);

  static final Rule DL3002 =
      Hadolint.rule(
          "DL3002",
          LintSeverity.WARNING,
          "Last USER should not be root",
          "A container that runs as root gives an attacker who escapes the app root on the"
              + " container.\n\nBad: USER root (last)\nGood: USER 65532:65532",
          InstructionRules::lastUserRoot);

  static final Rule DL3025 =
      Hadolint.rule(
          "DL3025",
          LintSeverity.WARNING,
          "Use arguments JSON notation for CMD and ENTRYPOINT arguments",
          "The shell form runs the command under /bin/sh -c, which does not pass signals on.\n\n"
              + "Bad: CMD python app.py\nGood: CMD [\"python\", \"app.py\"]",
          InstructionRules::jsonNotation);

  static final Rule DL3059 =
      Hadolint.rule(
          "DL3059",
          LintSeverity.INFO,
          "Multiple consecutive `RUN` instructions. Consider consolidation.",
          "Each RUN is a layer; consecutive ones can usually be one.\n\nBad: RUN apt-get"
              + " update\nRUN apt-get install -y curl\nGood: RUN apt-get update && apt-get"
              + " install -y curl",
          InstructionRules::consecutiveRuns);

  static final Rule DL4000 =
      Hadolint.rule(
          "DL4000",
          LintSeverity.ERROR,
          "MAINTAINER is deprecated",
          "Use a label instead.\n\nBad: MAINTAINER me@example.com\nGood: LABEL"
              + " org.opencontainers.image.authors=\"me@example.com\"",
          InstructionRules::maintainer);

  static final Rule DL4003 =
      Hadolint.rule(
          "DL4003",
          LintSeverity.WARNING,
          "Multiple `CMD` instructions found. If you list more than one `CMD` then only the last"
              + " `CMD` will take effect",
          "Only the last CMD of a stage counts.",
          (c, out) -> onlyOne(c, out, Keyword.CMD, "CMD"));

  static final Rule DL4004 =
      Hadolint.rule(
          "DL4004",
          LintSeverity.ERROR,
          "Multiple `ENTRYPOINT` instructions found. If you list more than one `ENTRYPOINT` then"
              + " only the last `ENTRYPOINT` will take effect",
          "Only the last ENTRYPOINT of a stage counts.",
          (c, out) -> onlyOne(c, out, Keyword.ENTRYPOINT, "ENTRYPOINT"));

  static final Rule DL3021 =
      Hadolint.rule(
          "DL3021",
          LintSeverity.ERROR,
          "COPY with more than 2 arguments requires the last argument to end with /",
          "With several sources the destination must be a folder.\n\nBad: COPY a b /app\nGood:"
              + " COPY a b /app/",
          InstructionRules::copyFolder);

  static final Rule DL3011 =
      Hadolint.rule(
          "DL3011",
          LintSeverity.ERROR,
          "Valid UNIX ports range from 0 to 65535",
          "A port outside 0–65535 cannot be exposed.\n\nBad: EXPOSE 80000\nGood: EXPOSE 8000",
          InstructionRules::ports);

  static final Rule DL3024 =
      Hadolint.rule(
          "DL3024",
          LintSeverity.ERROR,
          "FROM aliases (stage names) must be unique",
          "A second stage of the same name hides the first from COPY --from and FROM.",
          InstructionRules::uniqueAliases);

  private static void absoluteWorkdir(LintContext c, Findings out) {
    for (Instruction i : c.dockerfile().instructions()) {
      Instruction w = i.is(Keyword.ONBUILD) && i.trigger() != null ? i.trigger() : i;
      if (!w.is(Keyword.WORKDIR) || w.words().isEmpty()) {
        continue;
      }
      Word path = w.words().get(0);
      String p = path.value();
      if (!p.startsWith("/") && !p.startsWith("$") && !p.matches("^[A-Za-z]:[\\\\/].*")) {
        out.report(
            c.rangeOf(i),
            QuickFix.unsafe(
                "Make it /" + p, Edits.insert("Absolute WORKDIR", path.range().start(), "/")));
      }
    }
  }

  private static boolean isRoot(String user) {
    String name = user.split(":", 2)[0];
    return name.equals("root") || name.equals("0");
  }

  private static void lastUserRoot(LintContext c, Findings out) {
    Stage s = c.finalStage();
    if (s == null) {
      return;
    }
    Instruction last = null;
    for (Instruction i : s.instructions()) {
      if (i.is(Keyword.USER) && !i.words().isEmpty()) {
        last = i;
      }
    }
    if (last != null && isRoot(last.words().get(0).value())) {
      out.report(
          c.rangeOf(last),
          QuickFix.unsafe(
              "Run as 65532:65532",
              Edits.replace("USER 65532:65532", last.argumentsRange(), "65532:65532")));
    }
  }

  private static void jsonNotation(LintContext c, Findings out) {
    for (Instruction i : c.dockerfile().instructions()) {
      if ((i.is(Keyword.CMD) || i.is(Keyword.ENTRYPOINT))
          && i.form() == ArgumentForm.SHELL
          && !i.words().isEmpty()) {
        out.report(c.rangeOf(i), CommonFixes.execForm(c, i));
      }
    }
  }

  private static boolean joinable(Instruction run) {
    return run.is(Keyword.RUN)
        && run.form() == ArgumentForm.SHELL
        && run.flags().isEmpty()
        && run.heredocs().isEmpty()
        && run.argumentsRange() != null;
  }

  private static void consecutiveRuns(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      List<Instruction> list = s.instructions();
      for (int k = 1; k < list.size(); k++) {
        Instruction before = list.get(k - 1);
        Instruction run = list.get(k);
        if (!before.is(Keyword.RUN) || !run.is(Keyword.RUN)) {
          continue;
        }
        QuickFix fix = null;
        if (joinable(before) && joinable(run)) {
          fix =
              QuickFix.unsafe(
                  "Join with the RUN above",
                  Edits.replace(
                      "Join consecutive RUNs",
                      c.dockerfile()
                          .lines()
                          .range(before.argumentsRange().end(), run.argumentsRange().start()),
                      " && \\\n    "));
        }
        out.report(c.rangeOf(run), fix);
      }
    }
  }

  private static void maintainer(LintContext c, Findings out) {
    for (Instruction i : c.dockerfile().instructions()) {
      if (i.is(Keyword.MAINTAINER)) {
        out.report(c.rangeOf(i), CommonFixes.maintainerToLabel(c, i));
      }
    }
  }

  private static void onlyOne(LintContext c, Findings out, Keyword kind, String name) {
    for (Stage s : c.graph().stages()) {
      List<Instruction> all = s.instructions().stream().filter(i -> i.is(kind)).toList();
      for (int k = 0; k < all.size() - 1; k++) {
        Instruction ignored = all.get(k);
        int end = Math.min(ignored.range().end(), c.text().length());
        out.report(
            c.rangeOf(ignored),
            QuickFix.safe(
                "Remove this " + name + ", which the later one overrides",
                Edits.delete("Remove the ignored " + name, ignored.range().start(), end)));
      }
    }
  }

  private static void copyFolder(LintContext c, Findings out) {
    for (Instruction i : c.dockerfile().instructions()) {
      if (!i.is(Keyword.COPY) || i.words().size() <= 2) {
        continue;
      }
      Word dest = i.words().get(i.words().size() - 1);
      if (!dest.value().endsWith("/") && !dest.value().contains("$")) {
        QuickFix fix =
            i.form() == ArgumentForm.SHELL
                ? QuickFix.safe(
                    "Write " + dest.value() + "/",
                    Edits.insert("Destination folder", dest.range().end(), "/"))
                : null;
        out.report(c.rangeOf(i), fix);
      }
    }
  }

  private static void ports(LintContext c, Findings out) {
    for (Instruction i : c.dockerfile().instructions()) {
      if (!i.is(Keyword.EXPOSE)) {
        continue;
      }
      for (Word w : i.words()) {
        String port = w.value().split("/", 2)[0];
        for (String part : port.split("-", 2)) {
          if (part.matches("\\d+") && (part.length() > 5 || Integer.parseInt(part) > 65535)) {
            out.report(c.rangeOf(i));
          }
        }
      }
    }
  }

  private static void uniqueAliases(LintContext c, Findings out) {
    List<Stage> stages = c.graph().stages();
    for (Stage s : stages) {
      if (s.name() == null) {
        continue;
      }
      for (Stage earlier : stages) {
        if (earlier.index() < s.index()
            && earlier.name() != null
            && earlier.name().toLowerCase(Locale.ROOT).equals(s.name().toLowerCase(Locale.ROOT))) {
          out.report(c.rangeOf(s.from()), "Duplicate aliases '" + s.name() + "' are found");
          break;
        }
      }
    }
  }
}
