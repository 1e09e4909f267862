package io.stagecraft.core.lint;

import static io.stagecraft.core.lint.LintFixture.fixed;
import static io.stagecraft.core.lint.LintFixture.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The hadolint DL rules implemented so far: cases they report and cases they leave alone. */
class HadolintRulesTest {

  private static int count(String rule, String text) {
    return problems(rule, text).size();
  }

  @Test
  void dl3006UntaggedImage() {
    assertEquals(1, count("DL3006", "FROM debian\n"));
    assertEquals(0, count("DL3006", "FROM debian:12\nFROM scratch\n"));
    assertEquals(0, count("DL3006", "FROM debian:12 AS base\nFROM base\n"));
  }

  @Test
  void dl3007Latest() {
    assertEquals(1, count("DL3007", "FROM node:latest\n"));
    assertEquals(0, count("DL3007", "FROM node:20\n"));
  }

  @Test
  void dl3008UnpinnedAptPackagesAcrossContinuationsAndOperators() {
    assertEquals(
        1, count("DL3008", "FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl\n"));
    assertEquals(0, count("DL3008", "FROM debian:12\nRUN apt-get install -y curl=7.88\n"));
    assertEquals(0, count("DL3008", "FROM debian:12\nRUN echo 'apt-get install curl'\n"));
  }

  @Test
  void dl3015NoInstallRecommendsIsInsertedAfterInstall() {
    assertEquals(
        "FROM debian:12\nRUN apt-get update; apt-get install --no-install-recommends -y curl\n",
        fixed("DL3015", "FROM debian:12\nRUN apt-get update; apt-get install -y curl\n"));
    assertEquals(
        0,
        count("DL3015", "FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n"));
    assertEquals(1, count("DL3015", "FROM debian:12\nONBUILD RUN apt-get install -y curl\n"));
  }

  @Test
  void dl3020AddOfFilesBecomesCopy() {
    assertEquals(
        "FROM alpine:3\nCOPY app.py /app/\n", fixed("DL3020", "FROM alpine:3\nADD app.py /app/\n"));
    assertEquals(0, count("DL3020", "FROM alpine:3\nADD app.tar.gz /app/\n"));
    assertEquals(0, count("DL3020", "FROM alpine:3\nADD https://example.com/x /x\n"));
  }

  @Test
  void dl4006PipeWithoutPipefail() {
    String text = "FROM debian:12\nRUN wget -O - https://x | tar xz\n";
    List<Problem> found = problems("DL4006", text);
    assertEquals(1, found.size());
    assertEquals(
        "FROM debian:12\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
            + "RUN wget -O - https://x | tar xz\n",
        found.get(0).fixes().get(0).edit().applyTo(text));
    assertEquals(0, count("DL4006", "FROM debian:12\nRUN a || b\nRUN echo 'a | b'\n"));
    assertEquals(
        0,
        count(
            "DL4006",
            "FROM debian:12\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN a | b\n"));
  }

  @Test
  void hadolintRulesCarryTheirWikiUrls() {
    Rule r = Rules.all().rule("DL3008");
    assertEquals(RuleSource.HADOLINT, r.source());
    assertTrue(r.url().endsWith("/DL3008"));
  }
}
