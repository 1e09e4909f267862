package io.stagecraft.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeActionsTest {
  private static String exec(String text, String needle) {
    Analysis a = Analysis.of(text);
    List<CodeActions.Action> actions = CodeActions.at(a, text.indexOf(needle));
    return actions.stream()
        .filter(x -> x.edit() != null)
        .findFirst()
        .map(x -> x.edit().applyTo(text))
        .orElse(null);
  }

  @Test
  void plainCommandBecomesItsWords() {
    assertEquals(
        "FROM alpine\nCMD [\"python3\", \"app.py\", \"--port\", \"80\"]\n",
        exec("FROM alpine\nCMD python3 app.py --port 80\n", "CMD"));
  }

  @Test
  void shellSyntaxKeepsTheShell() {
    assertEquals(
        "FROM alpine\nENTRYPOINT [\"/bin/sh\", \"-c\", \"exec app \\\"$PORT\\\" > /log\"]\n",
        exec("FROM alpine\nENTRYPOINT exec app \"$PORT\" > /log\n", "ENTRYPOINT"));
  }

  @Test
  void splitStageHereIsACommandForTheLine() {
    String text = "FROM alpine\nRUN make\nCMD x\n";
    List<CodeActions.Action> actions = CodeActions.at(Analysis.of(text), text.indexOf("RUN"));
    CodeActions.Action split = actions.get(actions.size() - 1);
    assertEquals(CodeActions.SPLIT_STAGE_HERE, split.command());
    assertEquals(2, split.line());
    assertTrue(
        CodeActions.at(Analysis.of(text), 1).stream().noneMatch(a -> a.command() != null),
        "no split on a FROM");
  }
}
