package io.stagecraft.core.split;

import static io.stagecraft.core.split.RuleFixture.lines;
import static io.stagecraft.core.split.RuleFixture.paths;
import static io.stagecraft.core.split.RuleFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PyCompileRuleTest {
  private final PyCompileRule rule = new PyCompileRule();

  @Test
  void pyCompileNamesTheScriptsDirectory() {
    assertEquals(
        List.of("/app -> /app"),
        paths(
            run(
                rule,
                lines(
                    "FROM python",
                    "WORKDIR /app",
                    "RUN python3 -m py_compile calculator.py util.py"))));
  }

  @Test
  void compileallNamesEachDirectoryAndSkipsOptionValues() {
    assertEquals(
        List.of("/app -> /app", "/srv/lib -> /srv/lib"),
        paths(
            run(
                rule,
                lines(
                    "FROM python",
                    "WORKDIR /app",
                    "RUN python -m compileall -q -j 0 -x tests . /srv/lib"))));
  }

  @Test
  void compilingTheRootOrNothingNamesNothing() {
    assertTrue(
        run(rule, lines("FROM python", "RUN python -m compileall -q && python -m compileall /"))
            .isEmpty());
  }
}
