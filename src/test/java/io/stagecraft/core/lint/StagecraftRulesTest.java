package io.stagecraft.core.lint;

import static io.stagecraft.core.lint.LintFixture.fixed;
import static io.stagecraft.core.lint.LintFixture.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.lint.config.HadolintConfig;
import io.stagecraft.core.model.StageGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stagecraft's own rules: cases they report and cases they leave alone. */
class StagecraftRulesTest {
  @TempDir Path dir;

  private static Problem one(String rule, String text) {
    List<Problem> found = problems(rule, text);
    assertEquals(1, found.size(), () -> rule + " on\n" + text + "\ngave " + found);
    return found.get(0);
  }

  private static void silent(String rule, String text) {
    List<Problem> found = problems(rule, text);
    assertTrue(found.isEmpty(), () -> rule + " should not report on\n" + text + "\ngave " + found);
  }

  @Test
  void finalStageShippingBuildToolsOffersSlimIt() {
    Problem p = one("STG101", "FROM golang:1.22\nRUN go build -o /app .\nCMD [\"/app\"]\n");
    assertEquals(1, p.line());
    assertEquals(QuickFix.SLIM_IT, p.fixes().get(0).action());
    Problem installed =
        one("STG101", "FROM debian:12\nRUN apt-get update && apt-get install -y gcc libssl-dev\n");
    assertEquals(2, installed.line());
    assertTrue(installed.message().contains("gcc, libssl-dev"), installed.message());
    silent(
        "STG101",
        "FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static\n"
            + "COPY --from=build /app /app\n");
    silent("STG101", "FROM debian:12\nRUN apt-get install -y curl\n");
  }

  @Test
  void finalStageRunningAsRootGetsUser65532() {
    String text = "FROM debian:12 AS build\nRUN true\nFROM debian:12\nCMD [\"app\"]";
    Problem p = one("STG102", text);
    assertEquals(3, p.line());
    assertEquals(
        "FROM debian:12 AS build\nRUN true\nFROM debian:12\nCMD [\"app\"]\nUSER 65532:65532\n",
        p.fixes().get(0).edit().applyTo(text));
    assertEquals(2, one("STG102", "FROM debian\nUSER root\n").line());
    silent("STG102", "FROM debian\nUSER app\n");
    silent("STG102", "FROM gcr.io/distroless/python3-debian12:nonroot\n");
  }

  @Test
  void copyingAStagesWholeFilesystem() {
    assertEquals(
        3,
        one("STG103", "FROM alpine AS build\nRUN true\nFROM scratch\nCOPY --from=build / /\n")
                .line()
            - 1);
    silent("STG103", "FROM alpine AS build\nFROM scratch\nCOPY --from=build /out/app /app\n");
  }

  @Test
  void unusedStageIsReportedAndCanBeRemoved() {
    String text = "FROM node AS test\nRUN npm test\n\nFROM nginx\nCOPY site /usr/share/nginx\n";
    Problem p = one("STG104", text);
    assertEquals(1, p.line());
    assertEquals("FROM nginx\nCOPY site /usr/share/nginx\n", p.fixes().get(0).edit().applyTo(text));
    silent("STG104", "FROM node AS build\nRUN true\nFROM nginx\nCOPY --from=build /a /b\n");
  }

  @Test
  void theTargetIsNeverUnused() {
    StageGraph graph = StageGraph.parse("FROM alpine AS tools\nFROM alpine AS app\n");
    LintReport r =
        Linter.builtIn()
            .lint(
                new LintContext(
                    graph,
                    LintSettings.of(graph.dockerfile()),
                    ContextFacts.unknown(),
                    "tools",
                    Map.of()));
    List<Problem> unused = LintFixture.of("STG104", r);
    assertEquals(1, unused.size());
    assertEquals(2, unused.get(0).line());
  }

  @Test
  void secretFilesCopiedByNameOrWithTheContext() throws Exception {
    assertEquals(2, one("STG105", "FROM alpine\nCOPY id_rsa /root/.ssh/\n").line());
    silent("STG105", "FROM alpine\nCOPY app.py /app/\n");
    Files.writeString(dir.resolve(".env"), "PASSWORD=x\n");
    Files.writeString(dir.resolve(".npmrc"), "//registry.npmjs.org/:_authToken=abc\n");
    Files.writeString(dir.resolve("app.py"), "print(1)\n");
    Path dockerfile = Files.writeString(dir.resolve("Dockerfile"), "FROM alpine\nCOPY . /app\n");
    LintRequest request =
        new LintRequest(dockerfile, null, Map.of(), null, HadolintConfig.none(), Map.of());
    LintReport r =
        Linter.builtIn().lint(request.contextFor(StageGraph.parse(Files.readString(dockerfile))));
    Problem p = LintFixture.of("STG105", r).get(0);
    assertTrue(p.message().contains(".env") && p.message().contains(".npmrc"), p.message());
    Files.writeString(dir.resolve(".dockerignore"), ".env\n.npmrc\n");
    r = Linter.builtIn().lint(request.contextFor(StageGraph.parse(Files.readString(dockerfile))));
    assertTrue(LintFixture.of("STG105", r).isEmpty());
  }

  @Test
  void remoteAddWithoutChecksum() {
    assertEquals(2, one("STG106", "FROM alpine\nADD https://example.com/t.tgz /opt/\n").line());
    silent("STG106", "FROM alpine\nADD --checksum=sha256:abc https://example.com/t.tgz /opt/\n");
    silent("STG106", "FROM alpine\nADD local.tgz /opt/\n");
  }

  @Test
  void aptListsLeftInTheLayerAreRemovedInTheSameRun() {
    String text = "FROM debian\nRUN apt-get update \\\n && apt-get install -y curl\n";
    assertEquals(
        "FROM debian\nRUN apt-get update \\\n && apt-get install -y curl && rm -rf"
            + " /var/lib/apt/lists/*\n",
        fixed("STG107", text));
    silent(
        "STG107",
        "FROM debian\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n");
    silent(
        "STG107",
        "FROM debian\nRUN --mount=type=cache,target=/var/lib/apt apt-get install -y curl\n");
  }

  @Test
  void rpmCachesAreCleanedByTheirOwnManagerAsHadolintsRulesDo() {
    String dnf = "FROM fedora\nRUN dnf install -y gcc-14\n";
    assertEquals("FROM fedora\nRUN dnf install -y gcc-14 && dnf clean all\n", fixed("STG107", dnf));
    assertEquals(fixed("DL3040", dnf), fixed("STG107", dnf));
    String yum = "FROM centos\nRUN yum install -y gcc-4\n";
    assertEquals(fixed("DL3032", yum), fixed("STG107", yum));
    silent("STG107", "FROM fedora\nRUN microdnf install -y gcc-14 && microdnf clean all\n");
  }

  @Test
  void pipAndApkCachesGetTheirNoCacheOptions() {
    assertEquals(
        "FROM python\nRUN pip install --no-cache-dir -r requirements.txt\n",
        fixed("STG107", "FROM python\nRUN pip install -r requirements.txt\n"));
    assertEquals(
        "FROM alpine\nRUN apk add --no-cache curl\n",
        fixed("STG107", "FROM alpine\nRUN apk add curl\n"));
    silent("STG107", "FROM python\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n");
    silent("STG107", "FROM python\nRUN python3 -m pip install --no-cache-dir flask\n");
  }

  @Test
  void cacheRulesLookInsideOnbuildAndHeredocs() {
    assertEquals(2, one("STG107", "FROM alpine\nONBUILD RUN apk add curl\n").line());
    assertEquals(
        2,
        one("STG107", "FROM debian\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n")
            .line());
  }

  @Test
  void largeContextWithoutDockerignore() throws Exception {
    Path big = dir.resolve("big.bin");
    try (var ch =
        java.nio.channels.FileChannel.open(
            big,
            java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(new byte[] {1}), 101L * 1024 * 1024);
    }
    Path dockerfile = Files.writeString(dir.resolve("Dockerfile"), "FROM alpine\nCOPY . /app\n");
    LintRequest request =
        new LintRequest(dockerfile, null, Map.of(), null, HadolintConfig.none(), Map.of());
    LintReport r = Linter.builtIn().lint(request.contextFor(StageGraph.parse("FROM alpine\n")));
    Problem p = LintFixture.of("STG108", r).get(0);
    assertEquals(1, p.line());
    Files.writeString(dir.resolve(".dockerignore"), "big.bin\n");
    r = Linter.builtIn().lint(request.contextFor(StageGraph.parse("FROM alpine\n")));
    assertTrue(LintFixture.of("STG108", r).isEmpty());
  }

  @Test
  void copyAllBeforeTheDependencyInstall() {
    Problem p = one("STG109", "FROM node\nWORKDIR /app\nCOPY . .\nRUN npm ci\n");
    assertEquals(3, p.line());
    silent("STG109", "FROM node\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\n");
    silent("STG109", "FROM node\nCOPY . .\nRUN npm install express\n");
  }

  @Test
  void stagecraftIdsCollideWithNoOtherSource() {
    for (Rule r : Rules.all().rules()) {
      if (r.source() == RuleSource.STAGECRAFT) {
        assertTrue(r.id().matches("STG\\d{3}"), r.id());
        assertNull(r.url());
      }
    }
  }
}
