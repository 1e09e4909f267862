package io.stagecraft.core.lint;

import static io.stagecraft.core.lint.LintFixture.fixed;
import static io.stagecraft.core.lint.LintFixture.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stagecraft.core.lint.config.HadolintConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * hadolint's rules about COPY, the order and platform of stages, ONBUILD's triggers and
 * HEALTHCHECK: cases each reports and cases it leaves alone.
 */
class HadolintStageAndCopyRulesTest {

  private static int count(String rule, String text) {
    return problems(rule, text).size();
  }

  private static List<Integer> lines(String rule, String text) {
    return problems(rule, text).stream().map(Problem::line).toList();
  }

  @Test
  void dl3010ArchiveCopiedThenExtracted() {
    assertEquals(
        List.of(2),
        lines(
            "DL3010",
            "FROM a:1\nCOPY packaged-app.tar /usr/src/app\n"
                + "RUN tar -xf /usr/src/app/packaged-app.tar\n"));
    assertEquals(
        1,
        count(
            "DL3010",
            "FROM a:1\nCOPY packaged-app.tar /usr/src/app\nWORKDIR /usr/src/app\n"
                + "RUN foo bar && echo something && tar -xf packaged-app.tar\n"));
    assertEquals(
        1,
        count(
            "DL3010", "FROM a:1\nCOPY foo/bar/packaged-app.tar /foo.tar\nRUN tar -xf /foo.tar\n"));
    assertEquals(1, count("DL3010", "FROM a:1\nCOPY app.tgz /tmp/\nRUN tar xzf /tmp/app.tgz\n"));
    assertEquals(1, count("DL3010", "FROM a:1\nCOPY dump.gz /tmp/\nRUN gunzip /tmp/dump.gz\n"));
  }

  @Test
  void dl3010LeavesArchivesThatAreNotExtractedInTheStage() {
    assertEquals(
        0,
        count(
            "DL3010",
            "FROM a:1\nCOPY packaged-app.tar /usr/src/app\nFROM debian:11 AS newstage\n"
                + "RUN tar -xf packaged-app.tar\n"));
    assertEquals(0, count("DL3010", "FROM a:1\nCOPY package.json /usr/src/app\n"));
    assertEquals(
        0,
        count(
            "DL3010",
            "FROM a:1\nCOPY --from=builder /usr/local/share/some.tar /opt/some.tar\n"
                + "RUN tar -xf /opt/some.tar\n"));
    assertEquals(
        0, count("DL3010", "FROM a:1\nCOPY app.tar /tmp/\nRUN tar -cf other.tar /tmp/app.tar\n"));
  }

  @Test
  void dl3022CopyFromAStageDefinedAbove() {
    assertEquals(1, count("DL3022", "FROM a:1\nCOPY --from=foo bar .\n"));
    assertEquals(
        1, count("DL3022", "FROM scratch\nCOPY --from=build foo .\nFROM node AS build\nRUN baz\n"));
    assertEquals(1, count("DL3022", "FROM scratch\nCOPY --from=1 foo .\nFROM node\n"));
    assertEquals(
        0, count("DL3022", "FROM scratch AS build\nRUN foo\nFROM node\nCOPY --from=build foo .\n"));
    assertEquals(0, count("DL3022", "FROM a:1\nCOPY --from=haskell:latest bar .\n"));
    assertEquals(0, count("DL3022", "FROM a:1\nCOPY --from=ghcr.io/acme/tools /bin/x /bin/\n"));
    assertEquals(0, count("DL3022", "FROM scratch\nRUN foo\nFROM node\nCOPY --from=0 foo .\n"));
  }

  @Test
  void dl3023CopyFromItsOwnStage() {
    assertEquals(1, count("DL3023", "FROM node AS foo\nCOPY --from=foo bar .\n"));
    assertEquals(
        0,
        count(
            "DL3023",
            "FROM scratch AS build\nRUN foo\nFROM node AS run\nCOPY --from=build foo .\n"));
  }

  @Test
  void dl3045RelativeCopyDestinationWithoutWorkdir() {
    assertEquals(1, count("DL3045", "FROM a:1\nCOPY bla.sh blubb.sh\n"));
    assertEquals(1, count("DL3045", "FROM a:1\nCOPY bla.sh \"blubb.sh\"\n"));
    assertEquals(1, count("DL3045", "FROM a:1\nCOPY a b\n"));
    assertEquals(
        1,
        count(
            "DL3045",
            "FROM debian:buster AS stage1\nWORKDIR /usr\nFROM debian:buster\nCOPY foo bar\n"));
    assertEquals(1, count("DL3045", "FROM a:1\nCOPY foo bar\nWORKDIR /app\n"));
  }

  @Test
  void dl3045AbsoluteVariableOrAfterAWorkdirOfTheChain() {
    for (String dest :
        List.of(
            "/usr/local/bin/blubb.sh",
            "\"/usr/local/bin/blubb.sh\"",
            "c:\\\\system32\\\\blubb.sh",
            "c:/system32/blubb.sh",
            "${SRC_BASE_ENV}",
            "$SRC_BASE_ENV",
            "\"$SRC_BASE_ENV\"")) {
      assertEquals(0, count("DL3045", "FROM a:1\nCOPY bla.sh " + dest + "\n"), dest);
    }
    assertEquals(0, count("DL3045", "FROM scratch\nWORKDIR /usr\nCOPY bla.sh blubb.sh\n"));
    assertEquals(
        0,
        count(
            "DL3045",
            "FROM debian:buster AS base1\nWORKDIR /usr\nFROM base1 AS base2\nRUN foo\n"
                + "FROM base2\nCOPY foo bar\n"));
  }

  @Test
  void dl3067WholeFilesystemOfAnotherStage() {
    assertEquals(1, count("DL3067", "FROM a:1 AS b\nFROM c:1\nCOPY --from=b / /\n"));
    assertEquals(1, count("DL3067", "FROM a:1 AS b\nFROM c:1\nCOPY --from=b \"/\" \"/\"\n"));
    assertEquals(0, count("DL3067", "FROM a:1 AS b\nFROM c:1\nCOPY --from=b /app /\n"));
    assertEquals(0, count("DL3067", "FROM a:1 AS b\nFROM c:1\nCOPY --from=b / /rootfs/\n"));
    assertEquals(0, count("DL3067", "FROM c:1\nCOPY . /\n"));
  }

  @Test
  void dl3029PlatformFlagOtherThanTheBuildsOwn() {
    assertEquals(1, count("DL3029", "FROM --platform=linux debian:jessie\n"));
    assertEquals(1, count("DL3029", "FROM --platform=linux/amd64 debian:12 AS b\n"));
    for (String allowed :
        List.of(
            "$BUILDPLATFORM",
            "\"$BUILDPLATFORM\"",
            "${BUILDPLATFORM}",
            "${BUILDPLATFORM:-}",
            "$TARGETPLATFORM")) {
      assertEquals(0, count("DL3029", "FROM --platform=" + allowed + " debian:jessie\n"), allowed);
    }
    assertEquals(0, count("DL3029", "FROM debian:jessie\n"));
  }

  @Test
  void dl3065RedundantTargetPlatformIsRemoved() {
    assertEquals("FROM alpine:3\n", fixed("DL3065", "FROM --platform=$TARGETPLATFORM alpine:3\n"));
    assertEquals(1, count("DL3065", "FROM --platform=${TARGETPLATFORM} alpine:3\n"));
    assertEquals(0, count("DL3065", "FROM --platform=$BUILDPLATFORM alpine:3\nFROM alpine:3\n"));
  }

  @Test
  void dl3063ReservedStageNames() {
    assertEquals(1, count("DL3063", "FROM debian:12 AS scratch\n"));
    assertEquals(1, count("DL3063", "FROM debian:12 AS context\n"));
    assertEquals(0, count("DL3063", "FROM debian:12 AS base\nFROM scratch\n"));
  }

  @Test
  void dl3043TriggersOnbuildCannotRun() {
    assertEquals(1, count("DL3043", "FROM a:1\nONBUILD ONBUILD RUN anything\n"));
    assertEquals(1, count("DL3043", "FROM a:1\nONBUILD FROM debian:buster\n"));
    assertEquals(1, count("DL3043", "FROM a:1\nONBUILD MAINTAINER \"BoJack Horseman\"\n"));
    for (String ok :
        List.of(
            "ADD anything anywhere",
            "USER anything",
            "LABEL bla=\"blubb\"",
            "STOPSIGNAL anything",
            "COPY anything anywhere",
            "RUN anything",
            "CMD anything",
            "WORKDIR anything",
            "EXPOSE 69",
            "VOLUME anything",
            "ENTRYPOINT anything",
            "ENV MYVAR=\"bla\"",
            "ARG anything",
            "HEALTHCHECK NONE")) {
      assertEquals(0, count("DL3043", "FROM a:1\nONBUILD " + ok + "\n"), ok);
    }
    assertEquals(0, count("DL3043", "FROM debian:buster\nMAINTAINER \"Some Guy\"\n"));
  }

  @Test
  void dl3061OnlyArgBeforeTheFirstFrom() {
    assertEquals(List.of(1), lines("DL3061", "LABEL foo=bar\nFROM foo\n"));
    assertEquals(0, count("DL3061", "FROM foo\nLABEL foo=bar\n"));
    assertEquals(0, count("DL3061", "ARG A=B\nFROM foo\nLABEL foo=bar\n"));
    assertEquals(0, count("DL3061", "# syntax=docker/dockerfile:1\n# a comment\nFROM node:16\n"));
    assertEquals(0, count("DL3061", "FROM foo\nARG A=B\nRUN echo bla\n"));
  }

  @Test
  void dl3012OneHealthcheckPerStage() {
    assertEquals(
        List.of(3),
        lines("DL3012", "FROM scratch\nHEALTHCHECK CMD /bin/bla1\nHEALTHCHECK CMD /bin/bla2\n"));
    assertEquals(0, count("DL3012", "FROM scratch\n"));
    assertEquals(0, count("DL3012", "FROM scratch\nHEALTHCHECK CMD /bin/bla\n"));
    assertEquals(
        0,
        count(
            "DL3012",
            "FROM scratch\nHEALTHCHECK CMD /bin/bla1\nFROM scratch\nHEALTHCHECK CMD /bin/bla2\n"));
  }

  private static List<Integer> missingHealthcheck(String text) {
    HadolintConfig on =
        HadolintConfig.parse(".hadolint.yaml", "override:\n  info:\n    - DL3057\n");
    return LintFixture.of("DL3057", LintFixture.lint(text, Map.of(), on)).stream()
        .map(Problem::line)
        .toList();
  }

  @Test
  void dl3057IsOffUnlessTurnedOn() {
    assertEquals(0, count("DL3057", "FROM scratch\n"));
    assertEquals(List.of(1), missingHealthcheck("FROM scratch\n"));
  }

  @Test
  void dl3057HealthcheckInTheStageItsBaseOrAStageBuiltOnIt() {
    assertEquals(List.of(), missingHealthcheck("FROM scratch\nHEALTHCHECK NONE\n"));
    assertEquals(
        List.of(),
        missingHealthcheck("FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM base\n"));
    assertEquals(
        List.of(),
        missingHealthcheck(
            "FROM scratch AS base1\nFROM base1 AS base2\nFROM base2 AS base3\nFROM base3 AS end\n"
                + "HEALTHCHECK NONE\n"));
    assertEquals(
        List.of(4, 7),
        missingHealthcheck(
            "FROM scratch AS base1\nFROM base1 AS base2\nFROM base2 AS base3.1\n"
                + "FROM base2 AS base3.2\nFROM base3.1 AS end1\nHEALTHCHECK NONE\n"
                + "FROM base3.2 AS end2\n"));
    assertEquals(
        List.of(3),
        missingHealthcheck("FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM scratch\n"));
  }
}
