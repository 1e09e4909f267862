package io.stagecraft.core.split;

import static io.stagecraft.core.split.RuleFixture.lines;
import static io.stagecraft.core.split.RuleFixture.paths;
import static io.stagecraft.core.split.RuleFixture.run;
import static io.stagecraft.core.split.RuleFixture.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipRuleTest {
  private final PipRule rule = new PipRule();

  @Test
  void targetNeedsPythonpath() {
    List<Artifact> found =
        run(
            rule,
            lines(
                "FROM python:3.12",
                "WORKDIR /app",
                "RUN pip install --no-cache-dir --target deps -r requirements.txt"));
    assertEquals(List.of("/app/deps -> /app/deps"), paths(found));
    assertEquals(Map.of("PYTHONPATH", "/app/deps"), found.get(0).runtimeEnv());
    assertEquals(Artifact.Kind.DEPENDENCIES, found.get(0).kind());
  }

  @Test
  void shortTargetPrefixAndPythonDashMPip() {
    assertEquals(
        List.of("/t -> /t"),
        paths(run(rule, lines("FROM python", "RUN pip3 install -t /t flask"))));
    assertEquals(
        List.of("/install -> /install"),
        paths(
            run(rule, lines("FROM python", "RUN python3 -m pip install --prefix=/install flask"))));
  }

  @Test
  void userInstallsIntoTheUserBase() {
    List<Artifact> found = run(rule, lines("FROM python", "RUN pip install --user flask"));
    assertEquals(List.of("/root/.local -> /root/.local"), paths(found));
    assertEquals(Map.of("PYTHONUSERBASE", "/root/.local"), found.get(0).runtimeEnv());
  }

  @Test
  void aVirtualenvPipInstallsIntoTheVirtualenv() {
    assertEquals(
        List.of("/opt/venv -> /opt/venv"),
        paths(run(rule, lines("FROM python", "RUN /opt/venv/bin/pip install flask"))));
    assertEquals(
        List.of("/venv -> /venv"),
        paths(
            run(rule, lines("FROM python", "ENV PATH=/venv/bin:$PATH", "RUN pip install flask"))));
    assertEquals(
        List.of("/v -> /v"),
        paths(run(rule, lines("FROM python", "ENV VIRTUAL_ENV=/v", "RUN pip install flask"))));
  }

  @Test
  void aSystemInstallIsNoOutputButIsFoundForTheBuilderChange() {
    String text =
        lines(
            "FROM debian",
            "RUN pip3 install --break-system-packages -r requirements.txt",
            "RUN pip install --target /t x && pip --version");
    assertEquals(List.of("/t -> /t"), paths(run(rule, text)));
    List<CommandContext> system = PipRule.systemInstalls(scan(text).commands());
    assertEquals(1, system.size());
    assertEquals(2, system.get(0).line());
  }

  @Test
  void otherPipCommandsMakeNothing() {
    assertTrue(
        run(rule, lines("FROM python", "RUN pip freeze > req.txt && pip download x")).isEmpty());
  }
}
