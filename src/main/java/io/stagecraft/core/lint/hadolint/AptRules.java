package io.stagecraft.core.lint.hadolint;

import io.stagecraft.core.lint.Edits;
import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.QuickFix;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.split.ShellToken;
import java.util.List;

/** hadolint's rules about apt-get, read from the parsed shell words of each RUN. */
final class AptRules {
  private AptRules() {}

  static final Rule DL3008 =
      Hadolint.rule(
          "DL3008",
          LintSeverity.WARNING,
          "Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get"
              + " install <package>=<version>`",
          "Unpinned packages change from build to build.\n\nBad: apt-get install -y curl\nGood:"
              + " apt-get install -y curl=7.88.1-10+deb12u5",
          AptRules::pin);

  static final Rule DL3015 =
      Hadolint.rule(
          "DL3015",
          LintSeverity.INFO,
          "Avoid additional packages by specifying `--no-install-recommends`",
          "Recommended packages are rarely needed in an image and add size.\n\nBad: apt-get"
              + " install -y curl\nGood: apt-get install -y --no-install-recommends curl",
          AptRules::recommends);

  private static void pin(LintContext c, Findings out) {
    RunCommands.eachInstall(
        c,
        "apt-get",
        (i, p) -> {
          List<String> unpinned =
              p.packageNames().stream()
                  .filter(n -> !n.contains("=") && !n.endsWith(".deb") && !n.contains("/"))
                  .toList();
          if (!unpinned.isEmpty()) {
            out.report(c.rangeOf(i));
          }
        });
  }

  private static void recommends(LintContext c, Findings out) {
    RunCommands.eachInstall(
        c,
        "apt-get",
        (i, p) -> {
          if (!p.hasOption("--no-install-recommends")
              && !p.options().stream()
                  .anyMatch(o -> o.value().contains("Install-Recommends=false"))) {
            ShellToken action = p.command().words().get(p.actionIndex());
            out.report(
                c.rangeOf(i),
                QuickFix.safe(
                    "Add --no-install-recommends",
                    Edits.insert(
                        "--no-install-recommends", action.end(), " --no-install-recommends")));
          }
        });
  }
}
