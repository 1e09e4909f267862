package io.stagecraft.core.split;

import static io.stagecraft.core.split.RuleFixture.lines;
import static io.stagecraft.core.split.RuleFixture.paths;
import static io.stagecraft.core.split.RuleFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VenvRuleTest {
  private final VenvRule rule = new VenvRule();

  @Test
  void pythonDashMVenvAndVirtualenv() {
    assertEquals(
        List.of("/opt/venv -> /opt/venv"),
        paths(run(rule, lines("FROM python", "RUN python3 -m venv --copies /opt/venv"))));
    assertEquals(
        List.of("/app/.venv -> /app/.venv"),
        paths(run(rule, lines("FROM python", "WORKDIR /app", "RUN virtualenv .venv"))));
  }

  @Test
  void theReasonWarnsAboutTheInterpreter() {
    Artifact a = run(rule, lines("FROM python", "RUN python -m venv /v")).get(0);
    assertEquals(Artifact.Kind.DEPENDENCIES, a.kind());
    assertTrue(a.reason().contains("same Python version"), a.reason());
  }

  @Test
  void otherModulesAreNotVirtualenvs() {
    assertTrue(
        run(rule, lines("FROM python", "RUN python -m pip install x && python -m venv")).isEmpty());
  }
}
