package io.stagecraft.core.lint.hadolint;

import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LayerCache;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.PackageCommand;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.lint.RuleCheck;
import io.stagecraft.core.split.ShellCommand;
import io.stagecraft.core.syntax.Instruction;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * hadolint's rules about yum, dnf and microdnf in RUN: {@code -y}, pinned versions, and the
 * metadata cache cleaned in the same RUN. Each is reported once per RUN, as hadolint does.
 */
final class YumDnfRules {
  private YumDnfRules() {}

  private static final Set<String> YES_INSTALLS = Set.of("install", "groupinstall", "localinstall");

  private static final Set<String> DNF_FILLS =
      Set.of("install", "in", "upgrade", "up", "upgrade-minimal", "up-min", "reinstall", "rei");

  static final Rule DL3030 =
      Hadolint.rule(
          "DL3030",
          LintSeverity.WARNING,
          "Use the -y switch to avoid manual input `yum install -y <package>`",
          "Without -y, yum asks for confirmation and the build fails.\n\nBad: RUN yum install"
              + " httpd-2.4.6\nGood: RUN yum install -y httpd-2.4.6",
          assumeYes("yum"));

  static final Rule DL3038 =
      Hadolint.rule(
          "DL3038",
          LintSeverity.WARNING,
          "Use the -y switch to avoid manual input `dnf install -y <package>`",
          "Without -y, dnf asks for confirmation and the build fails.\n\nBad: RUN dnf install"
              + " httpd-2.4.57\nGood: RUN dnf install -y httpd-2.4.57",
          assumeYes("dnf", "microdnf"));

  static final Rule DL3032 =
      Hadolint.rule(
          "DL3032",
          LintSeverity.WARNING,
          "`yum clean all` missing after yum command.",
          "yum's metadata and package cache stay in the layer unless the same RUN cleans them"
              + " after installing (or the RUN mounts a cache there).\n\nBad: RUN yum install -y"
              + " httpd-2.4.6\nGood: RUN yum install -y httpd-2.4.6 && yum clean all",
          YumDnfRules::yumClean);

  static final Rule DL3040 =
      Hadolint.rule(
          "DL3040",
          LintSeverity.WARNING,
          "`dnf clean all` missing after dnf command.",
          "dnf's metadata and package cache stay in the layer unless the same RUN cleans them"
              + " after installing or upgrading (or the RUN mounts a cache there).\n\nBad: RUN dnf"
              + " install -y httpd-2.4.57\nGood: RUN dnf install -y httpd-2.4.57 && dnf clean all",
          YumDnfRules::dnfClean);

  static final Rule DL3033 =
      Hadolint.rule(
          "DL3033",
          LintSeverity.WARNING,
          "Specify version with `yum install -y <package>-<version>`.",
          "Unpinned packages change from build to build. A version may come from an ARG or ENV"
              + " (${VERSION}); modules are pinned with a stream.\n\nBad: RUN yum install -y"
              + " tomcat\nGood: RUN yum install -y tomcat-9.0.87 && yum module install -y"
              + " nodejs:20",
          (c, out) -> pinned(c, out, "yum"));

  static final Rule DL3041 =
      Hadolint.rule(
          "DL3041",
          LintSeverity.WARNING,
          "Specify version with `dnf install -y <package>-<version>`.",
          "Unpinned packages change from build to build. A version may come from an ARG or ENV"
              + " (${VERSION}); modules are pinned with a stream; groups are not versioned.\n\n"
              + "Bad: RUN dnf install -y tomcat\nGood: RUN dnf install -y tomcat-9.0.87",
          (c, out) -> pinned(c, out, "dnf", "microdnf"));

  private static RuleCheck assumeYes(String... managers) {
    return RunCommands.firstCommand(
        command -> {
          PackageCommand p = RunCommands.packageCommand(command, managers);
          return p != null
              && YES_INSTALLS.contains(RpmPackages.verb(p))
              && !CommandFlags.has(command, "y", "assumeyes");
        },
        command -> LayerCache.addOption(PackageCommand.of(command), "-y"));
  }

  private static void yumClean(LintContext c, Findings out) {
    RunCommands.eachRun(
        c,
        (i, run, commands) -> {
          Predicate<ShellCommand> installs = verbOf("yum", Set.of("install"));
          if (RunCommands.indexOf(commands, installs) >= 0
              && !RunCommands.cleansAfter(commands, installs, cleans("yum"))
              && !cacheMounted(run)) {
            out.report(c.rangeOf(i), LayerCache.append(run, " && yum clean all"));
          }
        });
  }

  private static void dnfClean(LintContext c, Findings out) {
    RunCommands.eachRun(
        c,
        (i, run, commands) -> {
          for (String manager : List.of("dnf", "microdnf")) {
            Predicate<ShellCommand> fills = verbOf(manager, DNF_FILLS);
            if (RunCommands.indexOf(commands, fills) >= 0
                && !RunCommands.cleansAfter(commands, fills, cleans(manager))
                && !cacheMounted(run)) {
              out.report(c.rangeOf(i), LayerCache.append(run, " && " + manager + " clean all"));
              return;
            }
          }
        });
  }

  private static boolean cacheMounted(Instruction run) {
    return LayerCache.cacheMount(run, "/var/cache/yum")
        || LayerCache.cacheMount(run, "/var/cache/dnf")
        || LayerCache.cacheMount(run, "libdnf5");
  }

  private static Predicate<ShellCommand> verbOf(String manager, Set<String> verbs) {
    return command -> {
      PackageCommand p = RunCommands.packageCommand(command, manager);
      return p != null && verbs.contains(RpmPackages.verb(p));
    };
  }

  /** {@code <manager> clean ...}, or {@code rm} of the yum or dnf cache folder. */
  private static Predicate<ShellCommand> cleans(String manager) {
    return command -> {
      PackageCommand p = RunCommands.packageCommand(command, manager);
      if (p != null) {
        return p.action().equals("clean");
      }
      List<ShellCommand> one = List.of(command);
      return LayerCache.removes(one, "/var/cache/yum")
          || LayerCache.removes(one, "/var/cache/dnf")
          || LayerCache.removes(one, "/var/cache/libdnf5");
    };
  }

  private static void pinned(LintContext c, Findings out, String... managers) {
    RunCommands.eachRun(
        c,
        (i, run, commands) -> {
          Set<String> variables = null;
          for (ShellCommand command : commands) {
            PackageCommand p = RunCommands.packageCommand(command, managers);
            if (p == null || !RpmPackages.verb(p).equals("install")) {
              continue;
            }
            if (variables == null) {
              variables = RpmPackages.variablesBefore(c, run);
            }
            if (!RpmPackages.pinned(p, variables)) {
              out.report(c.rangeOf(i));
              return;
            }
          }
        });
  }
}
