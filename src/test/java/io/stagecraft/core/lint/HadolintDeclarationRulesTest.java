package io.stagecraft.core.lint;

import static io.stagecraft.core.lint.LintFixture.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stagecraft.core.lint.config.HadolintConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * hadolint's rules about ENV, ARG, LABEL and USER declarations and its inline-pragma rule: cases
 * each reports and cases it leaves alone; and that every one of hadolint's 71 DL rules is here.
 */
class HadolintDeclarationRulesTest {

  private static int count(String rule, String text) {
    return problems(rule, "FROM a:1\n" + text + "\n").size();
  }

  @Test
  void dl3044VariableUsedInTheEnvThatDefinesIt() {
    assertEquals(1, count("DL3044", "ENV BLA=\"blubb\" BLUBB=\"${BLA}/blubb\""));
    assertEquals(1, count("DL3044", "ENV BLA=\"blubb\" BLUBB=\"$BLA/blubb\""));
    assertEquals(1, count("DL3044", "ENV BLA=\"blubb\" BLUBB=\"$BLA\""));
    assertEquals(1, count("DL3044", "ENV BLA=\"blubb\" BLUBB=\"$BLA/$BLAFOO/blubb\""));
    assertEquals(1, count("DL3044", "ENV PATH=/bla:${PATH} PATH=/blubb:${PATH}"));
  }

  @Test
  void dl3044LeavesEarlierDefinitionsAndOtherNames() {
    assertEquals(0, count("DL3044", "ENV BLA=\"blubb\"\nENV BLUBB=\"${BLA}/blubb\""));
    assertEquals(0, count("DL3044", "ENV BLA=\"blubb\" BLUBB=\"${FOOBLA}/blubb\""));
    assertEquals(0, count("DL3044", "ENV BLA=\"blubb\" BLUBB=\"${BLAFOO}/blubb\""));
    assertEquals(0, count("DL3044", "ENV BLA=\"blubb\" BLUBB=\"$FOOBLA/blubb\""));
    assertEquals(0, count("DL3044", "ENV BLA=\"blubb\" BLUBB=\"$BLAFOO/blubb\""));
    assertEquals(0, count("DL3044", "ENV BLA=\"blubb\" BLUBB=\"BLA/$BLAFOO/BLA\""));
    assertEquals(0, count("DL3044", "ARG BLA\nENV BLA=${BLA}"));
    assertEquals(0, count("DL3044", "ENV BLA blubb\nENV BLA=${BLA}"));
    assertEquals(0, count("DL3044", "ENV PATH=/bla:${PATH}\nENV PATH=/blubb:${PATH}"));
  }

  @Test
  void dl3048LabelKeys() {
    for (String bad :
        List.of(
            "com.docker.label",
            "io.docker.label",
            "org.dockerproject.label",
            "invalid$character",
            ".invalid",
            "-invalid",
            "1invalid",
            "invalid-",
            "invalid..character",
            "invalid--character",
            "Maintainer")) {
      assertEquals(1, count("DL3048", "LABEL " + bad + "=\"foo\""), bad);
    }
    assertEquals(0, count("DL3048", "LABEL org.valid-key.label3=\"foo\" validlabel=\"foo\""));
    assertEquals(0, count("DL3048", "LABEL \"org.opencontainers.image.title\"=\"x\""));
  }

  @Test
  void dl3064SecretsInArgAndEnvNames() {
    for (String bad :
        List.of(
            "ARG GITHUB_TOKEN",
            "ARG aws_secret_access_key",
            "ENV DB_PASSWORD=x",
            "ENV A=1 MY_API_KEY=2",
            "ARG PRIVATE_REPO_URL",
            "ONBUILD ARG NPM_TOKEN")) {
      assertEquals(1, count("DL3064", bad), bad);
    }
    for (String ok : List.of("ARG VERSION=1", "ENV PATH=/x:$PATH", "ARG TOKE")) {
      assertEquals(0, count("DL3064", ok), ok);
    }
  }

  @Test
  void dl3066UserNamesWhereANumericIdIsSafer() {
    assertEquals(1, count("DL3066", "USER app"));
    assertEquals(1, count("DL3066", "USER app:1000"));
    assertEquals(1, count("DL3066", "USER ${UID}"));
    assertEquals(0, count("DL3066", "USER 1000"));
    assertEquals(0, count("DL3066", "USER 1000:app"));
    assertEquals(0, count("DL3066", "ARG UID=1000\nUSER ${UID}:${GID}"));
    assertEquals(0, count("DL3066", "ARG UID=1000\nUSER $UID"));
  }

  private static List<Integer> pragmaLines(String text) {
    HadolintConfig on =
        HadolintConfig.parse(".hadolint.yaml", "override:\n  warning:\n    - DL1001\n");
    return LintFixture.of("DL1001", LintFixture.lint(text, Map.of(), on)).stream()
        .map(Problem::line)
        .toList();
  }

  @Test
  void dl1001InlineIgnorePragmasWhenTurnedOn() {
    String text = "FROM debian:12\n# hadolint ignore=DL3003\nRUN cd /tmp\n";
    assertEquals(0, problems("DL1001", text).size());
    assertEquals(List.of(2), pragmaLines(text));
    assertEquals(
        List.of(), pragmaLines("FROM debian:12\n# hadolint shell=powershell\nRUN foo bar\n"));
    assertEquals(List.of(), pragmaLines("FROM debian:12\n# foobar\nRUN foo bar\n"));
    assertEquals(
        List.of(), pragmaLines("# hadolint global ignore=DL3003\nFROM debian:12\nRUN cd /x\n"));
  }

  @Test
  void messagesAreHadolintsOwnWords() {
    assertEquals(
        "Delete the apt lists (/var/lib/apt/lists) after installing something",
        Rules.all().rule("DL3009").title());
    assertEquals(
        "COPY with more than 2 arguments requires the last argument to end with /",
        problems("DL3021", "FROM a:1\nCOPY a b /app\n").get(0).message());
    HadolintConfig schema =
        HadolintConfig.parse(".hadolint.yaml", "label-schema:\n  url: url\n  author: text\n");
    LintReport r = LintFixture.lint("FROM a:1\nLABEL url=x author=\"\"\n", Map.of(), schema);
    assertEquals("Label `url` is not a valid URL.", LintFixture.of("DL3052", r).get(0).message());
    assertEquals("label `author` is empty.", LintFixture.of("DL3051", r).get(0).message());
  }

  @Test
  void everyOneOfHadolintsSeventyOneRulesIsRegistered() {
    List<String> ids =
        Rules.all().rules().stream()
            .filter(r -> r.source() == RuleSource.HADOLINT)
            .map(Rule::id)
            .toList();
    List<String> expected = new ArrayList<>(List.of("DL1001"));
    for (int n = 3000; n <= 3067; n++) {
      if (n != 3005 && n != 3017 && n != 3031 && n != 3039) {
        expected.add("DL" + n);
      }
    }
    expected.addAll(List.of("DL4000", "DL4001", "DL4003", "DL4004", "DL4005", "DL4006"));
    assertEquals(71, expected.size());
    assertEquals(expected, ids);
  }
}
