package io.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void textOutputNamesFileLineRuleAndExitsOneAtTheDefaultThreshold() throws Exception {
    Path f = write("Dockerfile", "FROM alpine:3 AS Build\nMAINTAINER ann\n");
    CliRun r = CliRun.of("lint", f.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(
        r.out()
            .contains(
                f
                    + ":1:1: warning StageNameCasing: Stage name 'Build' should be lowercase [fixable]"),
        r.out());
    assertTrue(r.out().contains(f + ":2:1: warning MaintainerDeprecated:"), r.out());
  }

  @Test
  void aCleanFileExitsZero() throws Exception {
    Path f = write("Dockerfile", "FROM alpine:3\nUSER 65532\nCMD [\"true\"]\n");
    CliRun r = CliRun.of("lint", f.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertEquals("", r.out());
  }

  @Test
  void jsonPrintsOneObjectPerFile() throws Exception {
    Path a = write("a/Dockerfile", "FROM alpine:3\nUSER 65532\nEXPOSE 80/TCP\n");
    Path b = write("b/Dockerfile", "FROM alpine:3\nUSER 65532\n");
    CliRun r = CliRun.of("lint", "--format", "json", a.toString(), b.toString());
    String[] lines = r.out().strip().split("\n");
    assertEquals(2, lines.length, r.out());
    JsonNode first = new ObjectMapper().readTree(lines[0]);
    assertEquals(a.toString(), first.get("file").asText());
    JsonNode p = first.at("/problems/0");
    assertEquals("ExposeProtoCasing", p.get("rule").asText());
    assertEquals("buildkit", p.get("source").asText());
    assertEquals("warning", p.get("severity").asText());
    assertEquals(3, p.get("line").asInt());
    assertEquals(1, p.get("column").asInt());
    assertEquals(3, p.get("endLine").asInt());
    assertEquals(14, p.get("endColumn").asInt());
    assertEquals(
        "https://docs.docker.com/go/dockerfile/rule/expose-proto-casing/", p.get("url").asText());
    assertTrue(p.get("fixable").asBoolean());
    assertEquals(0, new ObjectMapper().readTree(lines[1]).get("problems").size());
  }

  @Test
  void sarifListsRulesAndResultsWithRegions() throws Exception {
    // hadolint's DL3000 reports the same line; it is left out so BuildKit's check comes first.
    Path f =
        write(
            "Dockerfile",
            "# hadolint global ignore=DL3000\nFROM alpine:3\nUSER 65532\nWORKDIR app\n");
    CliRun r = CliRun.of("lint", "--format", "sarif", f.toString());
    JsonNode sarif = new ObjectMapper().readTree(r.out());
    assertEquals("2.1.0", sarif.get("version").asText());
    JsonNode run = sarif.at("/runs/0");
    assertTrue(run.at("/tool/driver/rules").size() >= 22);
    JsonNode result = run.at("/results/0");
    assertEquals("WorkdirRelativePath", result.get("ruleId").asText());
    assertEquals("warning", result.get("level").asText());
    int index = result.get("ruleIndex").asInt();
    assertEquals("WorkdirRelativePath", run.at("/tool/driver/rules/" + index + "/id").asText());
    assertEquals(4, result.at("/locations/0/physicalLocation/region/startLine").asInt());
  }

  @Test
  void thresholdsComeFromTheFlagOrTheConfiguration() throws Exception {
    // hadolint's DL4000 makes MAINTAINER an error: left out, so BuildKit's warning is the worst.
    Path f =
        write("Dockerfile", "# hadolint global ignore=DL4000\nFROM alpine:3\nMAINTAINER ann\n");
    assertEquals(0, CliRun.of("lint", "--failure-threshold", "error", f.toString()).exit());
    assertEquals(0, CliRun.of("lint", "--failure-threshold", "none", f.toString()).exit());
    write(".hadolint.yaml", "failure-threshold: error\n");
    assertEquals(0, CliRun.of("lint", f.toString()).exit());
    assertEquals(1, CliRun.of("lint", "--failure-threshold", "warning", f.toString()).exit());
    Path config = write("strict.yaml", "override:\n  error: [MaintainerDeprecated]\n");
    CliRun r = CliRun.of("lint", "--config", config.toString(), f.toString());
    assertEquals(1, r.exit());
    assertTrue(r.out().contains("error MaintainerDeprecated"), r.out());
  }

  @Test
  void fixRewritesTheFileAndSaysWhatChanged() throws Exception {
    Path f =
        write(
            "Dockerfile",
            "FROM alpine:3 as Build\nmaintainer ann\nENV A 1\nFROM scratch\nCOPY --from=Build /a /a\nUSER 1\n");
    CliRun r = CliRun.of("lint", "--fix", f.toString());
    assertEquals(
        "FROM alpine:3 AS build\nLABEL org.opencontainers.image.authors=\"ann\"\nENV A=1\n"
            + "FROM scratch\nCOPY --from=build /a /a\nUSER 1\n",
        Files.readString(f));
    assertTrue(r.err().contains("fixed line 1: StageNameCasing"), r.err());
    assertEquals(0, r.exit(), r.out() + r.err());
  }

  @Test
  void usageErrorsExitTwoWithOneLine() throws Exception {
    assertEquals(2, CliRun.of("lint", dir.resolve("missing").toString()).exit());
    Path f = write("Dockerfile", "FROM alpine:3\n");
    CliRun r = CliRun.of("lint", "--format", "xml", f.toString());
    assertEquals(2, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }
}
