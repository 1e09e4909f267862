package io.stagecraft.core.lint.hadolint;

import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LayerCache;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.PackageCommand;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.lint.RunScript;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.split.ShellCommand;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** hadolint's rules about npm, yarn and go in RUN: pinned versions and yarn's cache. */
final class NodeAndGoRules {
  private NodeAndGoRules() {}

  static final Rule DL3016 =
      Hadolint.rule(
          "DL3016",
          LintSeverity.WARNING,
          "Pin versions in npm. Instead of `npm install <package>` use `npm install"
              + " <package>@<version>`",
          "Unpinned packages change from build to build. A plain `npm install` (versions from"
              + " package.json), a folder, a tarball or a git URL with #commit count as"
              + " pinned.\n\nBad: RUN npm install -g express\nGood: RUN npm install -g"
              + " express@4.19.2",
          RunCommands.anyCommand(NodeAndGoRules::unpinnedNpmInstall));

  static final Rule DL3060 =
      Hadolint.rule(
          "DL3060",
          LintSeverity.INFO,
          "`yarn cache clean` missing after `yarn install` was run.",
          "yarn's cache stays in the layer unless the same RUN cleans it (or mounts a cache at"
              + " .cache/yarn). Checked in the last stage and in stages another stage is built"
              + " FROM.\n\nBad: RUN yarn install\nGood: RUN yarn install && yarn cache clean",
          NodeAndGoRules::yarnCache);

  static final Rule DL3062 =
      Hadolint.rule(
          "DL3062",
          LintSeverity.WARNING,
          "Pin versions in go. Instead of `go install <package>` use `go install"
              + " <package>@<version>`",
          "A module without a version (or @latest) changes from build to build. Local packages"
              + " (., ./cmd, /src/app, main.go) need none.\n\nBad: RUN go install"
              + " golang.org/x/tools/gopls@latest\nGood: RUN go install"
              + " golang.org/x/tools/gopls@v0.15.3",
          RunCommands.anyCommand(NodeAndGoRules::unpinnedGoPackage));

  private static boolean unpinnedNpmInstall(ShellCommand command) {
    PackageCommand p = RunCommands.packageCommand(command, "npm");
    return p != null
        && Set.of("install", "i", "add").contains(p.action())
        && !p.packageNames().stream().allMatch(NodeAndGoRules::npmVersioned);
  }

  private static boolean npmVersioned(String spec) {
    if (spec.startsWith("git://")
        || spec.startsWith("git+ssh://")
        || spec.startsWith("git+http://")
        || spec.startsWith("git+https://")) {
      return spec.contains("#");
    }
    if (spec.endsWith(".tar") || spec.endsWith(".tar.gz") || spec.endsWith(".tgz")) {
      return true;
    }
    if (spec.startsWith("/")
        || spec.startsWith("./")
        || spec.startsWith("../")
        || spec.startsWith("~/")
        || spec.equals(".")) {
      return true;
    }
    String name = spec.startsWith("@") ? spec.substring(Math.max(spec.indexOf('/'), 0)) : spec;
    return name.contains("@");
  }

  private static final Predicate<ShellCommand> YARN_INSTALL =
      command -> {
        PackageCommand p = RunCommands.packageCommand(command, "yarn");
        return p != null && p.action().equals("install");
      };

  private static final Predicate<ShellCommand> YARN_CACHE_CLEAN =
      command -> {
        PackageCommand p = RunCommands.packageCommand(command, "yarn");
        return p != null
            && p.action().equals("cache")
            && p.packageNames().stream().findFirst().orElse("").equals("clean");
      };

  private static void yarnCache(LintContext c, Findings out) {
    List<Stage> stages = c.graph().stages();
    if (stages.isEmpty()) {
      return;
    }
    // By index: a stage's record hash walks all its instructions.
    Set<Stage> kept = new TreeSet<>(Comparator.comparingInt(Stage::index));
    kept.add(stages.get(stages.size() - 1));
    for (Stage s : stages) {
      Stage parent = c.graph().baseStage(s);
      if (parent != null) {
        kept.add(parent);
      }
    }
    for (Stage s : kept) {
      RunCommands.eachRun(
          c,
          s.instructions(),
          (i, run, commands) -> {
            if (RunCommands.indexOf(commands, YARN_INSTALL) >= 0
                && !RunCommands.cleansAfter(commands, YARN_INSTALL, YARN_CACHE_CLEAN)
                && !LayerCache.cacheMount(run, ".cache/yarn")) {
              out.report(c.rangeOf(i), LayerCache.append(run, " && yarn cache clean"));
            }
          });
    }
  }

  /** {@code go install} and {@code go get} of modules, {@code go run} of one, without a version. */
  private static boolean unpinnedGoPackage(ShellCommand command) {
    List<String> operands = CommandFlags.operands(command);
    if (!RunScript.program(command).equals("go") || operands.isEmpty()) {
      return false;
    }
    List<String> packages =
        switch (operands.get(0)) {
          case "run" -> operands.subList(1, Math.min(2, operands.size()));
          case "install", "get" ->
              operands.subList(1, operands.size()).stream().filter(o -> !o.equals("tool")).toList();
          default -> List.of();
        };
    return !packages.stream().allMatch(NodeAndGoRules::goVersioned);
  }

  private static boolean goVersioned(String pkg) {
    if (pkg.equals(".") || pkg.startsWith("/") || pkg.startsWith(".") || pkg.endsWith(".go")) {
      return true;
    }
    return pkg.contains("@") && !pkg.endsWith("@latest") && !pkg.endsWith("@none");
  }
}
