package io.stagecraft.core.lint.hadolint;

import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LayerCache;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.PackageCommand;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.split.ShellCommand;
import java.util.Set;
import java.util.function.Predicate;

/**
 * hadolint's rules about zypper in RUN: a non-interactive switch, no {@code dist-upgrade}, pinned
 * versions, and {@code zypper clean} in the same RUN. Each is reported once per RUN.
 */
final class ZypperRules {
  private ZypperRules() {}

  private static final Set<String> INSTALLS = Set.of("install", "in");

  private static final Set<String> ASKS =
      Set.of("install", "in", "remove", "rm", "source-install", "si", "patch");

  static final Rule DL3034 =
      Hadolint.rule(
          "DL3034",
          LintSeverity.WARNING,
          "Non-interactive switch missing from `zypper` command: `zypper install -y`",
          "Without -y (or -n, --non-interactive, --no-confirm), zypper asks for confirmation and"
              + " the build fails.\n\nBad: RUN zypper install httpd=2.4.58\nGood: RUN zypper"
              + " install -y httpd=2.4.58",
          RunCommands.firstCommand(
              command ->
                  verb(ASKS).test(command)
                      && !CommandFlags.has(command, "non-interactive", "n", "no-confirm", "y"),
              command -> LayerCache.addOption(PackageCommand.of(command), "-y")));

  static final Rule DL3035 =
      Hadolint.rule(
          "DL3035",
          LintSeverity.WARNING,
          "Do not use `zypper dist-upgrade`.",
          "A distribution upgrade inside an image build changes the whole base image unseen;"
              + " pick a newer base image instead.\n\nBad: RUN zypper dist-upgrade\nGood: FROM"
              + " opensuse/leap:15.6",
          RunCommands.anyCommand(verb(Set.of("dist-upgrade", "dup"))));

  static final Rule DL3036 =
      Hadolint.rule(
          "DL3036",
          LintSeverity.WARNING,
          "`zypper clean` missing after zypper use.",
          "zypper's caches stay in the layer unless the same RUN cleans them after installing (or"
              + " mounts a cache at /var/cache/zypp).\n\nBad: RUN zypper install -y"
              + " httpd=2.4.58\nGood: RUN zypper install -y httpd=2.4.58 && zypper clean --all",
          ZypperRules::clean);

  static final Rule DL3037 =
      Hadolint.rule(
          "DL3037",
          LintSeverity.WARNING,
          "Specify version with `zypper install -y <package>=<version>`.",
          "Unpinned packages change from build to build.\n\nBad: RUN zypper install -y"
              + " tomcat\nGood: RUN zypper install -y tomcat=9.0.87 (or tomcat>=9.0, or an .rpm"
              + " file)",
          ZypperRules::pinned);

  private static Predicate<ShellCommand> verb(Set<String> verbs) {
    return command -> {
      PackageCommand p = RunCommands.packageCommand(command, "zypper");
      return p != null && verbs.contains(p.action());
    };
  }

  private static void clean(LintContext c, Findings out) {
    RunCommands.eachRun(
        c,
        (i, run, commands) -> {
          Predicate<ShellCommand> installs = verb(INSTALLS);
          if (RunCommands.indexOf(commands, installs) >= 0
              && !RunCommands.cleansAfter(commands, installs, verb(Set.of("clean", "cc")))
              && !LayerCache.cacheMount(run, "/var/cache/zypp")) {
            out.report(c.rangeOf(i), LayerCache.append(run, " && zypper clean --all"));
          }
        });
  }

  private static void pinned(LintContext c, Findings out) {
    RunCommands.eachRun(
        c,
        (i, run, commands) -> {
          for (ShellCommand command : commands) {
            if (verb(INSTALLS).test(command)
                && !PackageCommand.of(command).packageNames().stream()
                    .allMatch(ZypperRules::versioned)) {
              out.report(c.rangeOf(i));
              return;
            }
          }
        });
  }

  private static boolean versioned(String name) {
    return name.contains("=") || name.contains(">") || name.contains("<") || name.endsWith(".rpm");
  }
}
