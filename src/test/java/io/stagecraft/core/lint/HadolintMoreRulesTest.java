package io.stagecraft.core.lint;

import static io.stagecraft.core.lint.LintFixture.fixed;
import static io.stagecraft.core.lint.LintFixture.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stagecraft.core.lint.config.HadolintConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * hadolint's rules about WORKDIR, USER, RUN commands, CMD, COPY, EXPOSE, stage names, trusted
 * registries and the label schema: each with cases it reports and cases it leaves alone.
 */
class HadolintMoreRulesTest {

  private static int count(String rule, String text) {
    return problems(rule, text).size();
  }

  private static int count(String rule, String text, String config) {
    return LintFixture.of(
            rule, LintFixture.lint(text, Map.of(), HadolintConfig.parse(".hadolint.yaml", config)))
        .size();
  }

  @Test
  void dl3000RelativeWorkdir() {
    assertEquals("FROM a:1\nWORKDIR /app\n", fixed("DL3000", "FROM a:1\nWORKDIR app\n"));
    assertEquals(0, count("DL3000", "FROM a:1\nWORKDIR /app\nWORKDIR $HOME/x\n"));
  }

  @Test
  void dl3002LastUserOfTheFinalStageIsRoot() {
    assertEquals(
        "FROM a:1\nUSER 65532:65532\n",
        fixed("DL3002", "FROM a:1\nUSER app\nUSER root\n").replace("USER app\n", ""));
    assertEquals(1, count("DL3002", "FROM a:1\nUSER 0:0\n"));
    assertEquals(0, count("DL3002", "FROM a:1\nUSER root\nRUN make\nUSER app\n"));
    assertEquals(0, count("DL3002", "FROM a:1 AS build\nUSER root\nFROM b:1\nUSER app\n"));
  }

  @Test
  void dl3003CdInRun() {
    assertEquals(1, count("DL3003", "FROM a:1\nRUN cd /src && make\n"));
    assertEquals(0, count("DL3003", "FROM a:1\nWORKDIR /src\nRUN make && echo cd\n"));
  }

  @Test
  void dl3004SudoIsRemovedByItsFix() {
    assertEquals(
        "FROM a:1\nRUN apt-get update\n", fixed("DL3004", "FROM a:1\nRUN sudo apt-get update\n"));
    assertEquals(0, count("DL3004", "FROM a:1\nRUN echo sudo\n"));
  }

  @Test
  void dl3009AptListsLeftInAStageOfTheImage() {
    String text = "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n";
    assertEquals(
        "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf"
            + " /var/lib/apt/lists/*\n",
        fixed("DL3009", text));
    assertEquals(0, count("DL3009", text.replace("\n", " && rm -rf /var/lib/apt/lists/*\n")));
    assertEquals(
        0, count("DL3009", text.replace("debian:12", "debian:12 AS build") + "FROM b:1\n"));
  }

  @Test
  void dl3011PortsOutOfRange() {
    assertEquals(1, count("DL3011", "FROM a:1\nEXPOSE 80000\n"));
    assertEquals(0, count("DL3011", "FROM a:1\nEXPOSE 80 8000-8100/tcp 65535\n"));
  }

  @Test
  void dl3013UnpinnedPip() {
    assertEquals(1, count("DL3013", "FROM a:1\nRUN pip install flask\n"));
    assertEquals(
        0,
        count(
            "DL3013",
            "FROM a:1\nRUN pip install flask==3.0 'b>=2' -r requirements.txt ./pkg x.whl\n"));
  }

  @Test
  void dl3014AptGetWithoutYesGetsIt() {
    assertEquals(
        "FROM a:1\nRUN apt-get install -y curl=1\n",
        fixed("DL3014", "FROM a:1\nRUN apt-get install curl=1\n"));
    assertEquals(0, count("DL3014", "FROM a:1\nRUN apt-get -qy install curl=1\n"));
    assertEquals(0, count("DL3014", "FROM a:1\nRUN apt-get install --yes curl=1\n"));
  }

  @Test
  void dl3018UnpinnedApk() {
    assertEquals(1, count("DL3018", "FROM a:1\nRUN apk add --no-cache curl\n"));
    assertEquals(0, count("DL3018", "FROM a:1\nRUN apk add --no-cache curl=8.5.0-r0\n"));
  }

  @Test
  void dl3019ApkWithoutNoCacheGetsIt() {
    assertEquals(
        "FROM a:1\nRUN apk add --no-cache curl=1\n",
        fixed("DL3019", "FROM a:1\nRUN apk add curl=1\n"));
    assertEquals(0, count("DL3019", "FROM a:1\nRUN apk add --no-cache curl=1\n"));
  }

  @Test
  void dl3021CopyOfSeveralSourcesToAFolder() {
    assertEquals("FROM a:1\nCOPY a b /app/\n", fixed("DL3021", "FROM a:1\nCOPY a b /app\n"));
    assertEquals(0, count("DL3021", "FROM a:1\nCOPY a b /app/\nCOPY c /d\n"));
  }

  @Test
  void dl3024DuplicateStageNames() {
    assertEquals(1, count("DL3024", "FROM a:1 AS x\nFROM b:1 AS X\n"));
    assertEquals(0, count("DL3024", "FROM a:1 AS x\nFROM b:1 AS y\n"));
  }

  @Test
  void dl3025ShellFormCmdBecomesJson() {
    assertEquals(
        "FROM a:1\nCMD [\"python\", \"app.py\"]\n",
        fixed("DL3025", "FROM a:1\nCMD python app.py\n"));
    assertEquals(0, count("DL3025", "FROM a:1\nCMD [\"python\", \"app.py\"]\n"));
  }

  @Test
  void dl3026TrustedRegistries() {
    String config = "trustedRegistries:\n  - my.registry\n  - '*.corp.example'\n";
    assertEquals(1, count("DL3026", "FROM debian:12\n", config));
    assertEquals(
        0,
        count(
            "DL3026",
            "FROM my.registry/debian:12 AS a\nFROM eu.corp.example/x:1\nFROM a\nFROM scratch\n",
            config));
    assertEquals(0, count("DL3026", "FROM debian:12\n", "ignored: []\n"));
  }

  @Test
  void dl3027AptBecomesAptGet() {
    assertEquals(
        "FROM a:1\nRUN apt-get install -y x=1\n",
        fixed("DL3027", "FROM a:1\nRUN apt install -y x=1\n"));
    assertEquals(0, count("DL3027", "FROM a:1\nRUN apt-get install -y x=1 && apt-cache show x\n"));
  }

  @Test
  void dl3028UnpinnedGems() {
    assertEquals(1, count("DL3028", "FROM a:1\nRUN gem install bundler\n"));
    assertEquals(
        0, count("DL3028", "FROM a:1\nRUN gem install bundler:2.5 && gem install -v 1 x\n"));
  }

  @Test
  void dl3042PipCache() {
    assertEquals(
        "FROM a:1\nRUN pip install --no-cache-dir x==1\n",
        fixed("DL3042", "FROM a:1\nRUN pip install x==1\n"));
    assertEquals(0, count("DL3042", "FROM a:1\nENV PIP_NO_CACHE_DIR=1\nRUN pip install x==1\n"));
  }

  @Test
  void dl3049To3058LabelSchema() {
    String config =
        "label-schema:\n  author: text\n  url: url\n  build-date: rfc3339\n  license: spdx\n"
            + "  revision: hash\n  version: semver\n  contact: email\nstrict-labels: true\n";
    String good =
        "FROM a:1\nLABEL author=me url=https://example.com build-date=2024-05-01T10:00:00Z"
            + " license=\"MIT OR Apache-2.0\" revision=0123abc version=1.2.3"
            + " contact=me@example.com\n";
    for (String rule :
        new String[] {
          "DL3049", "DL3050", "DL3051", "DL3052", "DL3053", "DL3054", "DL3055", "DL3056", "DL3058"
        }) {
      assertEquals(0, count(rule, good, config), rule);
      assertEquals(0, count(rule, "FROM a:1\nLABEL x=\n", "ignored: []\n"), rule + " off");
    }
    assertEquals(1, count("DL3049", good.replace(" version=1.2.3", ""), config));
    assertEquals(1, count("DL3050", good + "LABEL extra=1\n", config));
    assertEquals(1, count("DL3051", good.replace("author=me", "author=\"\""), config));
    assertEquals(1, count("DL3052", good.replace("https://example.com", "example"), config));
    assertEquals(1, count("DL3053", good.replace("2024-05-01T10:00:00Z", "yesterday"), config));
    assertEquals(1, count("DL3054", good.replace("\"MIT OR Apache-2.0\"", "\"MIT, GPL\""), config));
    assertEquals(1, count("DL3055", good.replace("0123abc", "main"), config));
    assertEquals(1, count("DL3056", good.replace("1.2.3", "1.2"), config));
    assertEquals(1, count("DL3058", good.replace("me@example.com", "me"), config));
  }

  @Test
  void dl3059ConsecutiveRunsAreJoined() {
    assertEquals(
        "FROM a:1\nRUN make && \\\n    make install\n",
        fixed("DL3059", "FROM a:1\nRUN make\nRUN make install\n"));
    assertEquals(0, count("DL3059", "FROM a:1\nRUN make\nCOPY . .\nRUN make install\n"));
  }

  @Test
  void dl4000Maintainer() {
    assertEquals(
        "FROM a:1\nLABEL org.opencontainers.image.authors=\"me\"\n",
        fixed("DL4000", "FROM a:1\nMAINTAINER me\n"));
    assertEquals(0, count("DL4000", "FROM a:1\nLABEL org.opencontainers.image.authors=me\n"));
  }

  @Test
  void dl4003AndDl4004OnlyTheLastCmdAndEntrypointCount() {
    assertEquals(
        "FROM a:1\nCMD [\"b\"]\n", fixed("DL4003", "FROM a:1\nCMD [\"a\"]\nCMD [\"b\"]\n"));
    assertEquals(1, count("DL4004", "FROM a:1\nENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]\n"));
    assertEquals(0, count("DL4003", "FROM a:1\nCMD [\"a\"]\nFROM b:1\nCMD [\"b\"]\n"));
    assertEquals(0, count("DL4004", "FROM a:1\nENTRYPOINT [\"a\"]\n"));
  }
}
