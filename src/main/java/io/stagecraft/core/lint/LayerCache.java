package io.stagecraft.core.lint;

import io.stagecraft.core.model.Stage;
import io.stagecraft.core.split.ShellCommand;
import io.stagecraft.core.syntax.ArgumentForm;
import io.stagecraft.core.syntax.Flag;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.KeyValue;
import io.stagecraft.core.syntax.Keyword;
import java.util.List;

/**
 * What a RUN does about the caches it fills: whether it removes a path, runs a manager's clean
 * action, or mounts a cache, and the fix that cleans up in the same RUN. Stagecraft's cache rule
 * and hadolint's rules about the same caches read them here, so they agree.
 */
public final class LayerCache {
  private LayerCache() {}

  /** True when a command of the script is {@code rm} with an argument under {@code path}. */
  public static boolean removes(List<ShellCommand> commands, String path) {
    for (ShellCommand command : commands) {
      if (RunScript.program(command).equals("rm")) {
        for (String arg : RunScript.argv(command)) {
          if (arg.startsWith(path)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** {@code yum clean}, {@code dnf clean}, {@code npm cache clean}: a manager's {@code action}. */
  public static boolean cleans(List<ShellCommand> commands, String action) {
    for (ShellCommand command : commands) {
      PackageCommand p = PackageCommand.of(command);
      if (p != null && p.action().equals(action)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the RUN mounts a cache, or a tmpfs, whose target contains {@code targetPart}: either
   * keeps what is written there out of the layer.
   */
  public static boolean cacheMount(Instruction run, String targetPart) {
    for (Flag mount : run.flags("mount")) {
      boolean cache = false;
      boolean target = false;
      for (Flag.Option o : mount.options()) {
        if (o.key().equals("type") && ("cache".equals(o.value()) || "tmpfs".equals(o.value()))) {
          cache = true;
        }
        if ((o.key().equals("target") || o.key().equals("dst") || o.key().equals("destination"))
            && o.value() != null
            && o.value().contains(targetPart)) {
          target = true;
        }
      }
      if (cache && target) {
        return true;
      }
    }
    return false;
  }

  /** Appends {@code text} to a shell-form RUN with no heredoc; null for any other RUN. */
  public static QuickFix append(Instruction run, String text) {
    if (run.form() != ArgumentForm.SHELL || !run.heredocs().isEmpty()) {
      return null;
    }
    return QuickFix.safe(
        "Append '" + text.strip() + "'",
        Edits.insert("Clean the cache in the same RUN", run.argumentsRange().end(), text));
  }

  /**
   * Inserts {@code option} after a package command's action word ({@code install}, {@code add}).
   */
  public static QuickFix addOption(PackageCommand p, String option) {
    return QuickFix.safe(
        "Add " + option,
        Edits.insert(
            p.manager() + " " + option,
            p.command().words().get(p.actionIndex()).end(),
            " " + option));
  }

  /** True when the stage, or a stage it is built on, sets {@code name} with ENV or ARG. */
  public static boolean envSet(LintContext c, Stage s, String name) {
    for (Stage link : StageChain.of(c.graph(), s)) {
      for (Instruction i : link.instructions()) {
        if (i.is(Keyword.ENV) || i.is(Keyword.ARG)) {
          for (KeyValue p : i.pairs()) {
            if (p.name().equals(name) && p.value() != null) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }
}
