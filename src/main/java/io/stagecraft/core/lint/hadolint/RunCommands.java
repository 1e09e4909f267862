package io.stagecraft.core.lint.hadolint;

import io.stagecraft.core.lint.Edits;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.PackageCommand;
import io.stagecraft.core.lint.QuickFix;
import io.stagecraft.core.lint.RuleCheck;
import io.stagecraft.core.lint.RunScript;
import io.stagecraft.core.split.ShellCommand;
import io.stagecraft.core.split.ShellToken;
import io.stagecraft.core.syntax.Instruction;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Walks the RUN instructions of a file (those inside ONBUILD too) and the commands they execute, so
 * each hadolint rule about RUN reads the same parsed shell words.
 */
final class RunCommands {
  private RunCommands() {}

  /** One RUN: the instruction to report (the ONBUILD, when it wraps the RUN) and its commands. */
  interface RunVisitor {
    void visit(Instruction reported, Instruction run, List<ShellCommand> commands);
  }

  interface CommandVisitor {
    void visit(Instruction reported, ShellCommand command);
  }

  interface InstallVisitor {
    void visit(Instruction reported, PackageCommand install);
  }

  /** Every RUN of the file, in order. */
  static void eachRun(LintContext c, RunVisitor visitor) {
    eachRun(c, c.dockerfile().instructions(), visitor);
  }

  /** Every RUN among {@code instructions}, in order. */
  static void eachRun(LintContext c, List<Instruction> instructions, RunVisitor visitor) {
    for (Instruction i : instructions) {
      Instruction run = RunScript.run(i);
      if (run != null) {
        visitor.visit(i, run, c.runCommands(run));
      }
    }
  }

  static void eachCommand(LintContext c, CommandVisitor visitor) {
    eachRun(
        c,
        (i, run, commands) -> {
          for (ShellCommand command : commands) {
            visitor.visit(i, command);
          }
        });
  }

  /** Every install command of {@code manager} ({@link PackageCommand#installs()}). */
  static void eachInstall(LintContext c, String manager, InstallVisitor visitor) {
    eachCommand(
        c,
        (i, command) -> {
          PackageCommand p = PackageCommand.of(command);
          if (p != null && p.manager().equals(manager) && p.installs()) {
            visitor.visit(i, p);
          }
        });
  }

  /**
   * A check that reports each RUN once when one of its commands matches, as hadolint's per-RUN
   * rules do.
   */
  static RuleCheck anyCommand(Predicate<ShellCommand> matches) {
    return firstCommand(matches, command -> null);
  }

  /**
   * Like {@link #anyCommand}, with the fix {@code fix} makes of the first command that matches
   * (null for none).
   */
  static RuleCheck firstCommand(
      Predicate<ShellCommand> matches, Function<ShellCommand, QuickFix> fix) {
    return (c, out) ->
        eachRun(
            c,
            (i, run, commands) -> {
              int k = indexOf(commands, matches);
              if (k >= 0) {
                out.report(c.rangeOf(i), fix.apply(commands.get(k)));
              }
            });
  }

  /** A safe fix that writes {@code option} right after the command's program word. */
  static QuickFix addAfterProgram(ShellCommand command, String option) {
    ShellToken program = command.words().get(0);
    return QuickFix.safe(
        "Add " + option, Edits.insert(program.value() + " " + option, program.end(), " " + option));
  }

  /** The index of the first command that matches, or -1. */
  static int indexOf(List<ShellCommand> commands, Predicate<ShellCommand> matches) {
    for (int k = 0; k < commands.size(); k++) {
      if (matches.test(commands.get(k))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * True when a command matching {@code cleans} runs after the first one matching {@code fills}:
   * hadolint's reading of "cleaned in the same RUN" (a clean before the install does not count).
   */
  static boolean cleansAfter(
      List<ShellCommand> commands, Predicate<ShellCommand> fills, Predicate<ShellCommand> cleans) {
    int fill = indexOf(commands, fills);
    int clean = indexOf(commands, cleans);
    return fill >= 0 && clean > fill;
  }

  /** The package command of {@code command} when its manager is one of {@code managers}. */
  static PackageCommand packageCommand(ShellCommand command, String... managers) {
    PackageCommand p = PackageCommand.of(command);
    if (p != null) {
      for (String m : managers) {
        if (p.manager().equals(m)) {
          return p;
        }
      }
    }
    return null;
  }
}
