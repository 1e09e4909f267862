package io.stagecraft.core.lint.hadolint;

import io.stagecraft.core.lint.Edits;
import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LayerCache;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.PackageCommand;
import io.stagecraft.core.lint.QuickFix;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.lint.RunScript;
import io.stagecraft.core.lint.StageChain;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.split.ShellCommand;
import io.stagecraft.core.split.ShellToken;
import io.stagecraft.core.syntax.Instruction;
import java.util.List;
import java.util.Set;

/**
 * hadolint's rules about the commands a RUN executes, read as parsed shell words: {@code cd},
 * {@code sudo}, unpinned pip, apk and gem packages, apt-get without {@code -y}, apt instead of
 * apt-get, and the caches of apt, apk and pip left in the layer.
 */
final class RunRules {
  private RunRules() {}

  static final Rule DL3003 =
      Hadolint.rule(
          "DL3003",
          LintSeverity.WARNING,
          "Use WORKDIR to switch to a directory",
          "A cd lasts for one RUN only, and hides where later instructions run.\n\nBad: RUN cd"
              + " /app && make\nGood: WORKDIR /app\nRUN make",
          (c, out) ->
              RunCommands.eachCommand(
                  c,
                  (i, command) -> {
                    if (RunScript.program(command).equals("cd")) {
                      out.report(c.rangeOf(i));
                    }
                  }));

  static final Rule DL3004 =
      Hadolint.rule(
          "DL3004",
          LintSeverity.ERROR,
          "Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce"
              + " root",
          "Builds run as root unless a USER says otherwise; sudo is not needed there, and at run"
              + " time it has unpredictable TTY and signal behaviour.\n\nBad: RUN sudo apt-get"
              + " update\nGood: RUN apt-get update",
          RunRules::sudo);

  static final Rule DL3013 =
      Hadolint.rule(
          "DL3013",
          LintSeverity.WARNING,
          "Pin versions in pip. Instead of `pip install <package>` use `pip install"
              + " <package>==<version>` or `pip install --requirement <requirements file>`",
          "Unpinned packages change from build to build.\n\nBad: pip install flask\nGood: pip"
              + " install flask==3.0.3",
          (c, out) ->
              RunCommands.eachInstall(
                  c,
                  "pip",
                  (i, p) -> {
                    if (p.packages().stream().anyMatch(t -> !pipPinned(t.value()))) {
                      out.report(c.rangeOf(i));
                    }
                  }));

  static final Rule DL3018 =
      Hadolint.rule(
          "DL3018",
          LintSeverity.WARNING,
          "Pin versions in apk add. Instead of `apk add <package>` use `apk add"
              + " <package>=<version>`",
          "Unpinned packages change from build to build.\n\nBad: apk add curl\nGood: apk add"
              + " curl=8.5.0-r0",
          (c, out) ->
              RunCommands.eachInstall(
                  c,
                  "apk",
                  (i, p) -> {
                    boolean virtual = p.hasOption("-t", "--virtual");
                    if (p.packages().stream()
                        .anyMatch(
                            t ->
                                !t.value().contains("=")
                                    && !t.value().endsWith(".apk")
                                    && !(virtual && t == p.packages().get(0)))) {
                      out.report(c.rangeOf(i));
                    }
                  }));

  static final Rule DL3028 =
      Hadolint.rule(
          "DL3028",
          LintSeverity.WARNING,
          "Pin versions in gem install. Instead of `gem install <gem>` use `gem install"
              + " <gem>:<version>`",
          "Unpinned gems change from build to build.\n\nBad: gem install bundler\nGood: gem"
              + " install bundler:2.5.9",
          (c, out) ->
              RunCommands.eachInstall(
                  c,
                  "gem",
                  (i, p) -> {
                    if (!p.hasOption("-v", "--version")
                        && p.packages().stream().anyMatch(t -> !t.value().contains(":"))) {
                      out.report(c.rangeOf(i));
                    }
                  }));

  static final Rule DL3014 =
      Hadolint.rule(
          "DL3014",
          LintSeverity.WARNING,
          "Use the `-y` switch to avoid manual input `apt-get -y install <package>`",
          "Without -y, apt-get asks for confirmation and the build fails or hangs.\n\nBad:"
              + " apt-get install curl\nGood: apt-get install -y curl",
          (c, out) ->
              RunCommands.eachInstall(
                  c,
                  "apt-get",
                  (i, p) -> {
                    if (!assumesYes(p)) {
                      out.report(c.rangeOf(i), LayerCache.addOption(p, "-y"));
                    }
                  }));

  static final Rule DL3019 =
      Hadolint.rule(
          "DL3019",
          LintSeverity.INFO,
          "Use the `--no-cache` switch to avoid the need to use `--update` and remove"
              + " `/var/cache/apk/*` when done installing packages",
          "apk's index stays in the layer otherwise.\n\nBad: apk add --update curl\nGood: apk add"
              + " --no-cache curl",
          (c, out) ->
              RunCommands.eachInstall(
                  c,
                  "apk",
                  (i, p) -> {
                    if (!p.hasOption("--no-cache")
                        && !LayerCache.cacheMount(RunScript.run(i), "/var/cache/apk")) {
                      out.report(c.rangeOf(i), LayerCache.addOption(p, "--no-cache"));
                    }
                  }));

  static final Rule DL3027 =
      Hadolint.rule(
          "DL3027",
          LintSeverity.WARNING,
          "Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache"
              + " instead",
          "apt's command-line interface is not stable for scripts.\n\nBad: RUN apt install -y"
              + " curl\nGood: RUN apt-get install -y curl",
          (c, out) ->
              RunCommands.eachCommand(
                  c,
                  (i, command) -> {
                    ShellToken program = programWord(command);
                    if (program != null && program.value().equals("apt")) {
                      out.report(
                          c.rangeOf(i),
                          QuickFix.unsafe(
                              "Use apt-get",
                              Edits.replace(
                                  "apt to apt-get",
                                  c.dockerfile().lines().range(program.start(), program.end()),
                                  "apt-get")));
                    }
                  }));

  static final Rule DL3042 =
      Hadolint.rule(
          "DL3042",
          LintSeverity.WARNING,
          "Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`",
          "pip's download cache stays in the layer otherwise.\n\nBad: pip install -r"
              + " requirements.txt\nGood: pip install --no-cache-dir -r requirements.txt",
          RunRules::pipCache);

  static final Rule DL3009 =
      Hadolint.rule(
          "DL3009",
          LintSeverity.INFO,
          "Delete the apt lists (/var/lib/apt/lists) after installing something",
          "The package lists stay in the image's layer otherwise. Only the stages the built"
              + " image is made of are checked; a builder's layers are left behind.\n\nBad: RUN"
              + " apt-get update && apt-get install -y curl\nGood: RUN apt-get update && apt-get"
              + " install -y curl && rm -rf /var/lib/apt/lists/*",
          RunRules::aptLists);

  /** The program word, after any {@code sudo}; null for an empty command. */
  private static ShellToken programWord(ShellCommand command) {
    for (ShellToken w : command.words()) {
      if (!w.value().equals("sudo")) {
        return w;
      }
    }
    return null;
  }

  private static void sudo(LintContext c, Findings out) {
    RunCommands.eachCommand(
        c,
        (i, command) -> {
          List<ShellToken> words = command.words();
          if (!words.isEmpty() && words.get(0).value().equals("sudo")) {
            QuickFix fix =
                words.size() > 1
                    ? QuickFix.unsafe(
                        "Remove sudo",
                        Edits.delete("Remove sudo", words.get(0).start(), words.get(1).start()))
                    : null;
            out.report(c.rangeOf(i), fix);
          }
        });
  }

  private static final Set<String> YES =
      Set.of("-y", "--yes", "--assume-yes", "-qq", "-q=2", "--quiet=2");

  private static boolean assumesYes(PackageCommand p) {
    for (ShellToken o : p.options()) {
      String v = o.value();
      if (YES.contains(v) || (v.matches("-[a-zA-Z]+") && v.indexOf('y') > 0)) {
        return true;
      }
      if (v.contains("APT::Get::Assume-Yes=true") || v.contains("Assume-Yes=1")) {
        return true;
      }
    }
    return false;
  }

  /** A pip requirement pinned with a version operator, or a file, folder or URL. */
  private static boolean pipPinned(String requirement) {
    return requirement.matches(".*(==|>=|<=|~=|!=|<|>|@).*")
        || requirement.contains("/")
        || requirement.startsWith(".")
        || requirement.endsWith(".whl")
        || requirement.endsWith(".tar.gz")
        || requirement.endsWith(".zip")
        || requirement.startsWith("$");
  }

  private static void pipCache(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      if (LayerCache.envSet(c, s, "PIP_NO_CACHE_DIR")) {
        continue;
      }
      for (Instruction i : s.instructions()) {
        Instruction run = RunScript.run(i);
        if (run == null || LayerCache.cacheMount(run, ".cache/pip")) {
          continue;
        }
        for (ShellCommand command : c.runCommands(run)) {
          PackageCommand p = PackageCommand.of(command);
          if (p != null
              && p.manager().equals("pip")
              && p.installs()
              && !p.hasOption("--no-cache-dir")) {
            out.report(c.rangeOf(i), LayerCache.addOption(p, "--no-cache-dir"));
          }
        }
      }
    }
  }

  private static void aptLists(LintContext c, Findings out) {
    for (Stage s : StageChain.of(c.graph(), c.finalStage())) {
      for (Instruction i : s.instructions()) {
        Instruction run = RunScript.run(i);
        if (run == null || LayerCache.cacheMount(run, "/var/lib/apt")) {
          continue;
        }
        List<ShellCommand> commands = c.runCommands(run);
        boolean installs =
            commands.stream()
                .map(PackageCommand::of)
                .anyMatch(p -> p != null && p.manager().equals("apt-get") && p.installs());
        if (installs && !LayerCache.removes(commands, "/var/lib/apt/lists")) {
          out.report(c.rangeOf(i), LayerCache.append(run, " && rm -rf /var/lib/apt/lists/*"));
        }
      }
    }
  }
}
