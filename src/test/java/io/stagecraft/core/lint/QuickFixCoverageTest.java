package io.stagecraft.core.lint;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Which rules fix what they find: for each rule, a file it reports on, and the rule's problem there
 * must carry a fix that is an edit, or the split review for the final stage's build tools. At least
 * 30 rules do.
 */
class QuickFixCoverageTest {
  private static final Map<String, String> EXAMPLES = new LinkedHashMap<>();

  static {
    EXAMPLES.put("StageNameCasing", "FROM a:1 AS Build\n");
    EXAMPLES.put("FromAsCasing", "FROM a:1 as build\n");
    EXAMPLES.put("ConsistentInstructionCasing", "FROM a:1\nRUN x\nrun y\nRUN z\n");
    EXAMPLES.put("NoEmptyContinuation", "FROM a:1\nRUN a \\\n\n  b\n");
    EXAMPLES.put("JSONArgsRecommended", "FROM a:1\nCMD python app.py\n");
    EXAMPLES.put("MaintainerDeprecated", "FROM a:1\nMAINTAINER me\n");
    EXAMPLES.put("WorkdirRelativePath", "FROM a:1\nWORKDIR app\n");
    EXAMPLES.put("MultipleInstructionsDisallowed", "FROM a:1\nCMD [\"a\"]\nCMD [\"b\"]\n");
    EXAMPLES.put("LegacyKeyValueFormat", "FROM a:1\nENV A b\n");
    EXAMPLES.put("ExposeProtoCasing", "FROM a:1\nEXPOSE 80/TCP\n");
    EXAMPLES.put("DL3000", "FROM a:1\nWORKDIR app\n");
    EXAMPLES.put("DL3002", "FROM a:1\nUSER root\n");
    EXAMPLES.put("DL3004", "FROM a:1\nRUN sudo make\n");
    EXAMPLES.put("DL3009", "FROM a:1\nRUN apt-get update && apt-get install -y x=1\n");
    EXAMPLES.put("DL3014", "FROM a:1\nRUN apt-get install x=1\n");
    EXAMPLES.put("DL3015", "FROM a:1\nRUN apt-get install -y x=1\n");
    EXAMPLES.put("DL3019", "FROM a:1\nRUN apk add x=1\n");
    EXAMPLES.put("DL3020", "FROM a:1\nADD a.py /app/\n");
    EXAMPLES.put("DL3021", "FROM a:1\nCOPY a b /app\n");
    EXAMPLES.put("DL3025", "FROM a:1\nCMD python app.py\n");
    EXAMPLES.put("DL3027", "FROM a:1\nRUN apt install -y x=1\n");
    EXAMPLES.put("DL3042", "FROM a:1\nRUN pip install x==1\n");
    EXAMPLES.put("DL3030", "FROM a:1\nRUN yum install x-1\n");
    EXAMPLES.put("DL3032", "FROM a:1\nRUN yum install -y x-1\n");
    EXAMPLES.put("DL3034", "FROM a:1\nRUN zypper install x=1\n");
    EXAMPLES.put("DL3036", "FROM a:1\nRUN zypper install -y x=1\n");
    EXAMPLES.put("DL3038", "FROM a:1\nRUN dnf install x-1\n");
    EXAMPLES.put("DL3040", "FROM a:1\nRUN dnf install -y x-1\n");
    EXAMPLES.put("DL3046", "FROM a:1\nRUN useradd -u 1000000 app\n");
    EXAMPLES.put("DL3047", "FROM a:1\nRUN wget https://x/a.tgz\n");
    EXAMPLES.put("DL3060", "FROM a:1\nRUN yarn install\n");
    EXAMPLES.put("DL3065", "FROM --platform=$TARGETPLATFORM a:1\n");
    EXAMPLES.put("DL3059", "FROM a:1\nRUN a\nRUN b\n");
    EXAMPLES.put("DL4000", "FROM a:1\nMAINTAINER me\n");
    EXAMPLES.put("DL4003", "FROM a:1\nCMD [\"a\"]\nCMD [\"b\"]\n");
    EXAMPLES.put("DL4004", "FROM a:1\nENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]\n");
    EXAMPLES.put("DL4006", "FROM a:1\nRUN wget -O - https://x | tar xz\n");
    EXAMPLES.put("STG101", "FROM gcc:13\nRUN make\n");
    EXAMPLES.put("STG102", "FROM a:1\nRUN make\n");
    EXAMPLES.put("STG104", "FROM a:1 AS unused\nFROM b:1\n");
    EXAMPLES.put("STG107", "FROM a:1\nRUN pip install x==1\n");
  }

  @Test
  void atLeastThirtyRulesOfferAFixForWhatTheyFind() {
    TreeSet<String> withFix = new TreeSet<>();
    TreeSet<String> without = new TreeSet<>();
    EXAMPLES.forEach(
        (rule, text) -> {
          boolean fixed =
              LintFixture.problems(rule, text).stream()
                  .anyMatch(
                      p ->
                          p.fixes().stream()
                              .anyMatch(f -> f.isEdit() || QuickFix.SLIM_IT.equals(f.action())));
          (fixed ? withFix : without).add(rule);
        });
    assertTrue(without.isEmpty(), "no fix found for " + without);
    assertTrue(withFix.size() >= 30, withFix.size() + " rules with a fix: " + withFix);
  }
}
