package io.stagecraft.core.lint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.lint.LintSeverity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HadolintConfigTest {
  @TempDir Path dir;

  @Test
  void readsEveryKeyLintHonours() {
    HadolintConfig c =
        HadolintConfig.parse(
            ".hadolint.yaml",
            """
            # comment
            failure-threshold: info
            ignored:
              - DL3008
              - DL3015   # trailing comment
            override:
              error: [DL3001, "DL3002"]
              style:
                - DL4006
            trustedRegistries:
              - docker.io
              - 'my-company.com:5000'
            label-schema:
              author: text
              version: semver
            strict-labels: true
            no-color: false
            """);
    assertEquals(List.of(), c.problems());
    assertEquals(LintSeverity.INFO, c.failureThreshold());
    assertEquals(java.util.Set.of("DL3008", "DL3015"), c.ignored());
    assertEquals(
        Map.of(
            "DL3001",
            LintSeverity.ERROR,
            "DL3002",
            LintSeverity.ERROR,
            "DL4006",
            LintSeverity.STYLE),
        c.overrides());
    assertEquals(List.of("docker.io", "my-company.com:5000"), c.trustedRegistries());
    assertEquals(Map.of("author", "text", "version", "semver"), c.labelSchema());
    assertTrue(c.strictLabels());
  }

  @Test
  void problemsCarryLineAndColumn() {
    HadolintConfig c =
        HadolintConfig.parse(
            "h.yaml",
            """
            ignored:
              - DL3008
            override:
              fatal: [DL3001]
            failure-threshold: loud
            trustedRegistries: [a, b
            colour red
            """);
    List<String> problems = c.problems().stream().map(ConfigProblem::toString).sorted().toList();
    assertEquals(
        List.of(
            "h.yaml:4:3: unknown severity 'fatal' under 'override'",
            "h.yaml:5:1: 'failure-threshold' must be error, warning, info, style or none",
            "h.yaml:6:20: unterminated list: expected ']'",
            "h.yaml:7:1: expected 'key: value'"),
        problems);
  }

  @Test
  void tabsAreRefusedWithTheirPosition() {
    YamlSubset.Result r = YamlSubset.read("x", "ignored:\n\t- DL3008\n");
    assertEquals("x:2:1: tabs are not allowed for indentation", r.problems().get(0).toString());
  }

  @Test
  void findsTheFileNextToTheDockerfileBeforeTheWorkingFolder() throws Exception {
    Path project = Files.createDirectories(dir.resolve("project"));
    Path work = Files.createDirectories(dir.resolve("work"));
    Path dockerfile = Files.writeString(project.resolve("Dockerfile"), "FROM alpine\n");
    Files.writeString(work.resolve(".hadolint.yml"), "ignored: [DL3007]\n");
    assertEquals(java.util.Set.of("DL3007"), HadolintConfig.find(null, dockerfile, work).ignored());
    Files.writeString(project.resolve(".hadolint.yaml"), "ignored: [DL3006]\n");
    assertEquals(java.util.Set.of("DL3006"), HadolintConfig.find(null, dockerfile, work).ignored());
    Path explicit = Files.writeString(dir.resolve("custom.yaml"), "ignored: [DL3000]\n");
    assertEquals(
        java.util.Set.of("DL3000"), HadolintConfig.find(explicit, dockerfile, work).ignored());
    assertNull(HadolintConfig.find(null, dir.resolve("none/Dockerfile"), null).source());
  }

  @Test
  void anUnreadableFileIsOneProblem() {
    HadolintConfig c = HadolintConfig.read(dir.resolve("missing.yaml"));
    assertEquals(1, c.problems().size());
    assertEquals(1, c.problems().get(0).line());
  }

  @Test
  void checkDirectiveReadsAsBuildkitDoes() {
    CheckDirective d = CheckDirective.parse("skip=A, B;error=true;experimental=all");
    assertEquals(java.util.Set.of("A", "B"), d.skip());
    assertTrue(d.errorOnWarning());
    assertTrue(d.experimentalAll());
    assertEquals("invalid check option \"nope\"", CheckDirective.parse("nope=1").error());
    assertEquals(
        "failed to parse check option \"error=maybe\"",
        CheckDirective.parse("error=maybe").error());
  }
}
