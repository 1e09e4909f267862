package io.stagecraft.core.lint.stagecraft;

import io.stagecraft.core.lint.Edits;
import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.PackageCommand;
import io.stagecraft.core.lint.QuickFix;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.lint.RunScript;
import io.stagecraft.core.lint.StageChain;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.split.ShellCommand;
import io.stagecraft.core.syntax.ArgumentForm;
import io.stagecraft.core.syntax.Flag;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.KeyValue;
import io.stagecraft.core.syntax.Keyword;
import java.util.List;

/**
 * A package manager's cache left in the layer of the RUN that filled it: apt lists, apk's index,
 * yum and dnf metadata, pip's and npm's caches. Deleting it in a later RUN does not shrink the
 * image; only the same RUN, a cache mount or the manager's no-cache option does.
 */
final class CacheCheck {
  private CacheCheck() {}

  static final Rule CACHE_LEFT_IN_LAYER =
      Stagecraft.rule(
          "STG107",
          LintSeverity.WARNING,
          "A package-manager cache is left in the layer that created it",
          "Package indexes and download caches are tens of megabytes the running app never"
              + " reads. Remove them in the same RUN, use the manager's no-cache option, or a"
              + " cache mount.\n\nBad: RUN apt-get update && apt-get install -y curl\nGood: RUN"
              + " apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*",
          CacheCheck::check);

  private static void check(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      boolean pipNoCache = envSet(c, s, "PIP_NO_CACHE_DIR");
      for (Instruction i : s.instructions()) {
        Instruction run = RunScript.run(i);
        if (run != null) {
          checkRun(c, out, i, run, pipNoCache);
        }
      }
    }
  }

  private static boolean envSet(LintContext c, Stage s, String name) {
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

  private static void checkRun(
      LintContext c, Findings out, Instruction reported, Instruction run, boolean pipNoCache) {
    List<ShellCommand> commands = RunScript.commands(c.text(), c.dockerfile().escape(), run);
    boolean apt = false;
    boolean yum = false;
    boolean npm = false;
    for (ShellCommand command : commands) {
      PackageCommand p = PackageCommand.of(command);
      if (p == null || !p.installs()) {
        continue;
      }
      switch (p.manager()) {
        case "apt-get", "apt" -> apt = true;
        case "yum", "dnf", "microdnf" -> yum = true;
        case "npm" -> npm = true;
        case "apk" -> {
          if (!p.hasOption("--no-cache")
              && !removes(commands, "/var/cache/apk")
              && !cacheMount(run, "/var/cache/apk")) {
            out.report(
                c.rangeOf(reported),
                "apk add keeps its package index in the layer: use apk add --no-cache",
                QuickFix.safe(
                    "Add --no-cache",
                    Edits.insert(
                        "apk add --no-cache",
                        p.command().words().get(p.actionIndex()).end(),
                        " --no-cache")));
          }
        }
        case "pip" -> {
          if (!pipNoCache && !p.hasOption("--no-cache-dir") && !cacheMount(run, ".cache/pip")) {
            out.report(
                c.rangeOf(reported),
                "pip install keeps its download cache in the layer: use --no-cache-dir",
                QuickFix.safe(
                    "Add --no-cache-dir",
                    Edits.insert(
                        "pip install --no-cache-dir",
                        p.command().words().get(p.actionIndex()).end(),
                        " --no-cache-dir")));
          }
        }
        default -> {}
      }
    }
    if (apt && !removes(commands, "/var/lib/apt/lists") && !cacheMount(run, "/var/lib/apt")) {
      out.report(
          c.rangeOf(reported),
          "apt-get install leaves /var/lib/apt/lists in the layer: remove it in the same RUN",
          append(run, " && rm -rf /var/lib/apt/lists/*"));
    }
    if (yum
        && !cleans(commands, "clean")
        && !removes(commands, "/var/cache/yum")
        && !removes(commands, "/var/cache/dnf")
        && !cacheMount(run, "/var/cache/")) {
      out.report(
          c.rangeOf(reported),
          "yum or dnf install leaves its metadata cache in the layer: clean it in the same RUN",
          append(run, " && yum clean all"));
    }
    if (npm && !cleans(commands, "cache") && !cacheMount(run, ".npm")) {
      out.report(
          c.rangeOf(reported),
          "npm install keeps its cache (~/.npm) in the layer: clean it in the same RUN",
          append(run, " && npm cache clean --force"));
    }
  }

  /** Appends to a shell-form RUN with no heredoc; no fix otherwise. */
  private static QuickFix append(Instruction run, String text) {
    if (run.form() != ArgumentForm.SHELL || !run.heredocs().isEmpty()) {
      return null;
    }
    return QuickFix.safe(
        "Append '" + text.strip() + "'",
        Edits.insert("Clean the cache in the same RUN", run.argumentsRange().end(), text));
  }

  private static boolean removes(List<ShellCommand> commands, String path) {
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

  /** {@code yum clean}, {@code dnf clean}, {@code npm cache clean}. */
  private static boolean cleans(List<ShellCommand> commands, String action) {
    for (ShellCommand command : commands) {
      PackageCommand p = PackageCommand.of(command);
      if (p != null && p.action().equals(action)) {
        return true;
      }
    }
    return false;
  }

  private static boolean cacheMount(Instruction run, String targetPart) {
    for (Flag mount : run.flags("mount")) {
      boolean cache = false;
      boolean target = false;
      for (Flag.Option o : mount.options()) {
        if (o.key().equals("type") && "cache".equals(o.value())) {
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
}
