package io.stagecraft.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.lint.config.HadolintConfig;
import io.stagecraft.core.model.StageGraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LintSettingsTest {
  private static final String TWO_MAINTAINERS =
      "FROM alpine:3\n# hadolint ignore=MaintainerDeprecated\nMAINTAINER a\nMAINTAINER b\n";

  @Test
  void hadolintIgnorePragmaAppliesToTheNextInstruction() {
    List<Problem> found = LintFixture.problems("MaintainerDeprecated", TWO_MAINTAINERS);
    assertEquals(1, found.size());
    assertEquals(4, found.get(0).line());
  }

  @Test
  void globalIgnorePragmaAppliesToTheWholeFile() {
    String text =
        "# hadolint global ignore=MaintainerDeprecated,WorkdirRelativePath,DL4000,DL3000\n"
            + "FROM alpine:3\nUSER 1000\nMAINTAINER a\nWORKDIR x\n";
    assertTrue(LintFixture.lint(text).problems().isEmpty());
  }

  @Test
  void disableIgnorePragmaInTheConfigTurnsPragmasOff() {
    HadolintConfig config = HadolintConfig.parse("c", "disable-ignore-pragma: true\n");
    LintReport r = LintFixture.lint(TWO_MAINTAINERS, Map.of(), config);
    assertEquals(2, LintFixture.of("MaintainerDeprecated", r).size());
  }

  @Test
  void configIgnoresAndOverridesSeverities() {
    HadolintConfig config =
        HadolintConfig.parse(
            "c",
            "ignored: [WorkdirRelativePath, DL3000, DL4000]\n"
                + "override:\n  info: [MaintainerDeprecated]\n");
    LintReport r =
        LintFixture.lint("FROM alpine:3\nUSER 1000\nMAINTAINER a\nWORKDIR x\n", Map.of(), config);
    assertEquals(1, r.problems().size());
    assertEquals(LintSeverity.INFO, r.problems().get(0).severity());
  }

  @Test
  void severitiesChosenInTheProjectWin() {
    StageGraph graph = StageGraph.parse("FROM alpine:3\nUSER 1000\nMAINTAINER a\n");
    HadolintConfig config =
        HadolintConfig.parse("c", "override:\n  error: [MaintainerDeprecated]\n");
    LintSettings settings =
        LintSettings.of(
            graph.dockerfile(),
            Map.of(),
            config,
            Map.of("MaintainerDeprecated", LintSeverity.OFF, "DL4000", LintSeverity.OFF));
    LintReport r =
        Linter.builtIn()
            .lint(new LintContext(graph, settings, ContextFacts.unknown(), null, Map.of()));
    assertTrue(r.problems().isEmpty());
  }

  @Test
  void anInvalidCheckDirectiveIsAConfigProblemAtItsPosition() {
    LintReport r = LintFixture.lint("# check=skip=all;bogus\nFROM alpine:3\nMAINTAINER a\n");
    assertEquals(1, r.configProblems().size());
    assertEquals(1, r.configProblems().get(0).line());
    assertEquals(9, r.configProblems().get(0).column());
    // An invalid directive is ignored, so the checks run.
    assertEquals(1, LintFixture.of("MaintainerDeprecated", r).size());
  }

  @Test
  void problemsAreDiagnosticsWithRanges() {
    Problem p =
        LintFixture.problems("MaintainerDeprecated", "FROM alpine:3\nMAINTAINER a\n").get(0);
    assertEquals(2, p.toDiagnostic().line());
    assertEquals("MaintainerDeprecated", p.toDiagnostic().code());
    assertEquals(2, p.range().endLine());
    assertEquals(13, p.range().endColumn());
  }

  private static boolean mayReport(String text, HadolintConfig config, String rule) {
    StageGraph graph = StageGraph.parse(text);
    LintSettings settings = LintSettings.of(graph.dockerfile(), Map.of(), config, Map.of());
    return settings.mayReport(Rules.all().rule(rule));
  }

  /** Lint skips the checks of rules that cannot report anything in the file. */
  @Test
  void onlyRulesThatCanReportSomewhereAreRun() {
    String file = "FROM alpine:3\nUSER 1000\n";
    HadolintConfig none = HadolintConfig.none();
    assertTrue(mayReport(file, none, "DL3007"));
    assertFalse(mayReport("# hadolint global ignore=DL3007\n" + file, none, "DL3007"));
    assertFalse(mayReport(file, HadolintConfig.parse("c", "ignored: [DL3007]\n"), "DL3007"));
    // Off by default, and on when the configuration or the user says so.
    assertFalse(mayReport(file, none, "DL3057"));
    assertTrue(
        mayReport(file, HadolintConfig.parse("c", "override:\n  info: [DL3057]\n"), "DL3057"));
    // BuildKit's experimental check runs when a directive names it, for the file or one
    // instruction.
    String experimental = "InvalidDefinitionDescription";
    assertFalse(mayReport(file, none, experimental));
    assertTrue(mayReport("# check=experimental=" + experimental + "\n" + file, none, experimental));
    assertTrue(
        mayReport(
            "FROM alpine:3\n# check=experimental=" + experimental + "\nUSER 1000\n",
            none,
            experimental));
  }
}
