package io.stagecraft.core.lint.stagecraft;

import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LayerCache;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.PackageCommand;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.lint.RunScript;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.split.ShellCommand;
import io.stagecraft.core.syntax.Instruction;
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
      boolean pipNoCache = LayerCache.envSet(c, s, "PIP_NO_CACHE_DIR");
      for (Instruction i : s.instructions()) {
        Instruction run = RunScript.run(i);
        if (run != null) {
          checkRun(c, out, i, run, pipNoCache);
        }
      }
    }
  }

  private static void checkRun(
      LintContext c, Findings out, Instruction reported, Instruction run, boolean pipNoCache) {
    List<ShellCommand> commands = c.runCommands(run);
    boolean apt = false;
    String rpm = null;
    boolean npm = false;
    for (ShellCommand command : commands) {
      PackageCommand p = PackageCommand.of(command);
      if (p == null || !p.installs()) {
        continue;
      }
      switch (p.manager()) {
        case "apt-get", "apt" -> apt = true;
        case "yum", "dnf", "microdnf" -> rpm = rpm == null ? p.manager() : rpm;
        case "npm" -> npm = true;
        case "apk" -> {
          if (!p.hasOption("--no-cache")
              && !LayerCache.removes(commands, "/var/cache/apk")
              && !LayerCache.cacheMount(run, "/var/cache/apk")) {
            out.report(
                c.rangeOf(reported),
                "apk add keeps its package index in the layer: use apk add --no-cache",
                LayerCache.addOption(p, "--no-cache"));
          }
        }
        case "pip" -> {
          if (!pipNoCache
              && !p.hasOption("--no-cache-dir")
              && !LayerCache.cacheMount(run, ".cache/pip")) {
            out.report(
                c.rangeOf(reported),
                "pip install keeps its download cache in the layer: use --no-cache-dir",
                LayerCache.addOption(p, "--no-cache-dir"));
          }
        }
        default -> {}
      }
    }
    if (apt
        && !LayerCache.removes(commands, "/var/lib/apt/lists")
        && !LayerCache.cacheMount(run, "/var/lib/apt")) {
      out.report(
          c.rangeOf(reported),
          "apt-get install leaves /var/lib/apt/lists in the layer: remove it in the same RUN",
          LayerCache.append(run, " && rm -rf /var/lib/apt/lists/*"));
    }
    if (rpm != null
        && !LayerCache.cleans(commands, "clean")
        && !LayerCache.removes(commands, "/var/cache/yum")
        && !LayerCache.removes(commands, "/var/cache/dnf")
        && !LayerCache.cacheMount(run, "/var/cache/")) {
      out.report(
          c.rangeOf(reported),
          "yum or dnf install leaves its metadata cache in the layer: clean it in the same RUN",
          LayerCache.append(run, " && " + rpm + " clean all"));
    }
    if (npm && !LayerCache.cleans(commands, "cache") && !LayerCache.cacheMount(run, ".npm")) {
      out.report(
          c.rangeOf(reported),
          "npm install keeps its cache (~/.npm) in the layer: clean it in the same RUN",
          LayerCache.append(run, " && npm cache clean --force"));
    }
  }
}
