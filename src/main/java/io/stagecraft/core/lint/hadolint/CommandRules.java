package io.stagecraft.core.lint.hadolint;

import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.lint.RunScript;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.split.ShellCommand;
import io.stagecraft.core.split.ShellToken;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * hadolint's rules about single programs a RUN executes: interactive and system tools, {@code
 * useradd} with a high UID, {@code wget}'s progress bar, and wget and curl in one stage.
 */
final class CommandRules {
  private CommandRules() {}

  private static final Set<String> POINTLESS =
      Set.of("free", "kill", "mount", "ps", "service", "shutdown", "ssh", "top", "vim");

  static final Rule DL3001 =
      Hadolint.rule(
          "DL3001",
          LintSeverity.INFO,
          "For some bash commands it makes no sense running them in a Docker container like"
              + " `ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`,"
              + " `ifconfig`",
          "A build has no services, terminal or processes to look at; these commands do nothing"
              + " useful there.\n\nBad: RUN service nginx start\nGood: CMD [\"nginx\", \"-g\","
              + " \"daemon off;\"]",
          RunCommands.anyCommand(command -> POINTLESS.contains(RunScript.program(command))));

  static final Rule DL3046 =
      Hadolint.rule(
          "DL3046",
          LintSeverity.WARNING,
          "`useradd` without flag `-l` and high UID will result in excessively large Image.",
          "useradd writes the UID's entry into the sparse /var/log/lastlog and faillog; in a"
              + " layer a high UID makes them gigabytes. -l (--no-log-init) skips them.\n\nBad:"
              + " RUN useradd -u 1000000 app\nGood: RUN useradd -l -u 1000000 app",
          RunCommands.firstCommand(
              command ->
                  RunScript.program(command).equals("useradd")
                      && !CommandFlags.has(command, "l", "no-log-init")
                      && highUid(command),
              command -> RunCommands.addAfterProgram(command, "-l")));

  static final Rule DL3047 =
      Hadolint.rule(
          "DL3047",
          LintSeverity.INFO,
          "Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or"
              + " consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).",
          "wget's default progress output floods the build log with a line per chunk on large"
              + " downloads.\n\nBad: RUN wget https://example.com/big.tar.gz\nGood: RUN wget"
              + " --progress=dot:giga https://example.com/big.tar.gz",
          RunCommands.firstCommand(
              command -> RunScript.program(command).equals("wget") && noisy(command),
              command -> RunCommands.addAfterProgram(command, "--progress=dot:giga")));

  static final Rule DL4001 =
      Hadolint.rule(
          "DL4001",
          LintSeverity.WARNING,
          "Either use Wget or Curl but not both",
          "One download tool per stage is enough; both means two packages to install and"
              + " update.\n\nBad: RUN wget https://a && curl -fsSL https://b\nGood: RUN curl -fsSLO"
              + " https://a && curl -fsSL https://b",
          CommandRules::wgetAndCurl);

  private static boolean highUid(ShellCommand command) {
    List<String> uids = new ArrayList<>(CommandFlags.values(command, "u"));
    uids.addAll(CommandFlags.values(command, "uid"));
    for (ShellToken w : CommandFlags.arguments(command)) {
      if (w.value().startsWith("--uid=")) {
        uids.add(w.value().substring("--uid=".length()));
      }
    }
    return uids.stream().anyMatch(u -> u.length() > 5);
  }

  /** wget without a progress option, quiet or less verbose output, or a log file. */
  private static boolean noisy(ShellCommand command) {
    return !CommandFlags.has(
            command,
            "progress",
            "q",
            "quiet",
            "o",
            "output-file",
            "a",
            "append-output",
            "no-verbose")
        && CommandFlags.arguments(command).stream().noneMatch(w -> w.value().equals("-nv"));
  }

  private static void wgetAndCurl(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      List<Instruction> runs = s.instructions().stream().filter(i -> i.is(Keyword.RUN)).toList();
      List<Instruction> onbuild =
          s.instructions().stream().filter(i -> i.is(Keyword.ONBUILD)).toList();
      for (List<Instruction> sequence : List.of(runs, onbuild)) {
        Set<String> used = new HashSet<>();
        RunCommands.eachRun(
            c,
            sequence,
            (i, run, commands) -> {
              boolean downloads = false;
              for (ShellCommand command : commands) {
                String program = RunScript.program(command);
                if (program.equals("wget") || program.equals("curl")) {
                  used.add(program);
                  downloads = true;
                }
              }
              if (downloads && used.size() == 2) {
                out.report(c.rangeOf(i));
              }
            });
      }
    }
  }
}
