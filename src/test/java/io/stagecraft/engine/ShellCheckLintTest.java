package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.lint.ContextFacts;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.LintReport;
import io.stagecraft.core.lint.LintSettings;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.Linter;
import io.stagecraft.core.lint.Problem;
import io.stagecraft.core.lint.RuleSource;
import io.stagecraft.core.lint.Rules;
import io.stagecraft.core.lint.config.HadolintConfig;
import io.stagecraft.core.lint.shellcheck.ScriptComment;
import io.stagecraft.core.lint.shellcheck.ShellCheck;
import io.stagecraft.core.lint.shellcheck.ShellCheckRunner;
import io.stagecraft.core.model.StageGraph;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code shellcheck} on RUN scripts, its findings at the Dockerfile's lines and columns.
 */
class ShellCheckLintTest {
  private ShellCheckProcess shellcheck;

  @BeforeEach
  void requireShellCheck() {
    shellcheck = ShellCheckTests.requireShellCheck();
  }

  private LintReport lint(ShellCheckRunner runner, String text, HadolintConfig config) {
    StageGraph graph = StageGraph.parse(text);
    LintContext context =
        new LintContext(
            graph,
            LintSettings.of(graph.dockerfile(), Map.of(), config, Map.of()),
            ContextFacts.unknown(),
            null,
            Map.of());
    return new Linter(Rules.all(), List.of(new ShellCheck(runner))).lint(context);
  }

  private List<Problem> sc(String text) {
    return sc(lint(shellcheck, text, HadolintConfig.none()));
  }

  private static List<Problem> sc(LintReport report) {
    return report.problems().stream()
        .filter(p -> p.rule().source() == RuleSource.SHELLCHECK)
        .toList();
  }

  private static Problem only(List<Problem> problems, String rule) {
    List<Problem> of = problems.stream().filter(p -> p.ruleId().equals(rule)).toList();
    assertEquals(1, of.size(), problems.toString());
    return of.get(0);
  }

  /** The problem is at {@code line}:{@code column} of the Dockerfile and spans {@code span}. */
  private static void assertAt(
      String text, Problem p, int line, int column, String span, LintSeverity severity) {
    assertEquals(
        List.of(line, column, span, severity),
        List.of(p.line(), p.column(), p.range().of(text), p.severity()),
        p.toString());
  }

  @Test
  void aMultiLineRunReportsAtTheLineAndColumnPastItsContinuations() {
    String text =
        "FROM debian:bookworm\n"
            + "ENV name=x\n"
            + "RUN set -e && \\\n"
            + "    # a comment line the builder drops\n"
            + "\n"
            + "    echo $1 && \\\n"
            + "    for f in $(ls /tmp); do echo \"$f\"; done\n";
    List<Problem> problems = sc(text);
    assertAt(text, only(problems, "SC2086"), 6, 10, "$1", LintSeverity.INFO);
    Problem ls = only(problems, "SC2045");
    assertAt(text, ls, 7, 14, "$(ls /tmp)", LintSeverity.ERROR);
    assertEquals("https://www.shellcheck.net/wiki/SC2045", ls.rule().url());
  }

  @Test
  void aHeredocScriptReportsInsideItsBody() {
    String text =
        "FROM alpine:3\n"
            + "RUN <<EOF\n"
            + "set -e\n"
            + "cat /etc/os-release | grep ID\n"
            + "EOF\n"
            + "RUN cat <<EOF > /greeting && echo $1\n"
            + "hello $(ls)\n"
            + "EOF\n";
    List<Problem> problems = sc(text);
    assertAt(text, only(problems, "SC2002"), 4, 5, "/etc/os-release", LintSeverity.STYLE);
    assertAt(text, only(problems, "SC2086"), 6, 35, "$1", LintSeverity.INFO);
  }

  @Test
  void aHeredocForAnotherInterpreterIsNoShellScript() {
    String text =
        "FROM python:3\n"
            + "RUN <<EOF\n"
            + "#!/usr/bin/env python3\n"
            + "print([x for x in $(range(3))])\n"
            + "EOF\n";
    assertEquals(List.of(), sc(text));
  }

  @Test
  void eachStageReadsItsRunsWithItsOwnShell() {
    String text =
        "FROM debian:bookworm AS posix\n"
            + "RUN [[ -f /etc/os-release ]] && echo yes\n"
            + "FROM debian:bookworm AS bash\n"
            + "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
            + "RUN [[ -f /etc/os-release ]] && echo yes\n"
            + "FROM debian:bookworm AS again\n"
            + "RUN [[ -f /etc/os-release ]] && echo yes\n";
    List<Problem> problems = sc(text).stream().filter(p -> p.ruleId().equals("SC3010")).toList();
    assertEquals(List.of(2, 7), problems.stream().map(Problem::line).toList(), problems.toString());
  }

  @Test
  void aPowerShellStageIsNotChecked() {
    String text =
        "FROM mcr.microsoft.com/powershell\n"
            + "SHELL [\"pwsh\", \"-Command\"]\n"
            + "RUN echo $env:PATH; ls $HOME\n";
    assertEquals(List.of(), sc(text));
  }

  @Test
  void hadolintsIgnorePragmaAndConfigurationSilenceScCodes() {
    String text =
        "FROM alpine:3\n"
            + "# hadolint ignore=SC2086\n"
            + "RUN echo $1\n"
            + "RUN echo $1\n"
            + "RUN cat /etc/os-release | grep ID\n";
    List<Problem> problems = sc(text);
    assertEquals(
        List.of("SC2086@4", "SC2002@5"),
        problems.stream().map(p -> p.ruleId() + "@" + p.line()).toList());
    HadolintConfig config = HadolintConfig.parse(".hadolint.yaml", "ignored:\n  - SC2002\n");
    assertEquals(
        List.of("SC2086@4"),
        sc(lint(shellcheck, text, config)).stream().map(p -> p.ruleId() + "@" + p.line()).toList());
    HadolintConfig override =
        HadolintConfig.parse(".hadolint.yaml", "override:\n  error:\n    - SC2002\n");
    assertEquals(
        LintSeverity.ERROR, only(sc(lint(shellcheck, text, override)), "SC2002").severity());
  }

  @Test
  void stageVariablesCountAsSet() {
    String text = "FROM alpine:3\nARG version\nRUN echo \"$version $undefined_here\"\n";
    List<Problem> problems = sc(text);
    Problem unset = only(problems, "SC2154");
    assertEquals("$undefined_here", unset.range().of(text));
  }

  @Test
  void unchangedScriptsAreNotCheckedAgain() {
    AtomicInteger runs = new AtomicInteger();
    ShellCheckRunner counted =
        new ShellCheckRunner() {
          @Override
          public boolean available() {
            return shellcheck.available();
          }

          @Override
          public List<ScriptComment> check(String script, String dialect) throws IOException {
            runs.incrementAndGet();
            return shellcheck.check(script, dialect);
          }
        };
    ShellCheck checker = new ShellCheck(counted);
    Linter linter = new Linter(Rules.all(), List.of(checker));
    String before = "FROM alpine:3\nRUN echo $1\nRUN echo $2\nRUN echo $3\n";
    linter.lint(StageGraph.parse(before));
    assertEquals(3, runs.get());
    String typed = "FROM alpine:3\nRUN echo $1\nRUN echo \"$2\"\nRUN echo $3\n";
    LintReport report = linter.lint(StageGraph.parse(typed));
    assertEquals(4, runs.get());
    assertEquals(
        List.of(2, 4),
        sc(report).stream().filter(p -> p.ruleId().equals("SC2086")).map(Problem::line).toList());
  }

  @Test
  void withoutShellCheckTheReportSaysOnceThatScChecksAreOff(@TempDir Path empty) {
    LintReport report =
        lint(
            ShellCheckProcess.onPath(empty.toString()),
            "FROM alpine:3\nRUN echo $1\nRUN echo $2\n",
            HadolintConfig.none());
    assertEquals(List.of(ShellCheck.NOT_INSTALLED), report.notes());
    assertEquals(List.of(), sc(report));
  }

  @Test
  void aShellCheckThatDoesNotAnswerInTimeIsStoppedAndNamed() {
    ShellCheckProcess impatient = new ShellCheckProcess(System.getenv("PATH"), Duration.ofNanos(1));
    LintReport report = lint(impatient, "FROM alpine:3\nRUN echo $1\n", HadolintConfig.none());
    assertEquals(List.of(), sc(report));
    assertEquals(1, report.notes().size(), report.notes().toString());
    assertTrue(
        report.notes().get(0).startsWith("ShellCheck failed on the RUN at line 2: no answer in"),
        report.notes().get(0));
  }
}
