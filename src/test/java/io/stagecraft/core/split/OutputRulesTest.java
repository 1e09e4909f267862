package io.stagecraft.core.split;

import static io.stagecraft.core.split.RuleFixture.lines;
import static io.stagecraft.core.split.RuleFixture.paths;
import static io.stagecraft.core.split.RuleFixture.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputRulesTest {

  @Test
  void everyRuleHasADistinctNameAndADescription() {
    List<OutputRule> rules = OutputRules.all();
    assertEquals(rules.size(), new HashSet<>(rules.stream().map(OutputRule::name).toList()).size());
    for (OutputRule r : rules) {
      assertFalse(r.description().isBlank(), r.name());
      assertTrue(r.name().matches("[a-z][a-z-]*"), r.name());
    }
    assertEquals("workdir", rules.get(rules.size() - 1).name());
  }

  @Test
  void theWorkdirIsTheFallbackWhenNothingRunsOnItsOwn() {
    List<Artifact> found =
        OutputRules.recognise(
            scan(
                lines(
                    "FROM python",
                    "WORKDIR /app",
                    "COPY . .",
                    "RUN pip install --target /app/deps -r requirements.txt")));
    assertEquals(List.of("/app/deps -> /app/deps", "/app -> /app"), paths(found));
    assertEquals("workdir", found.get(1).rule());
    assertEquals(List.of("/app -> /app"), paths(OutputRules.toCopy(found)));
    assertEquals(Map.of("PYTHONPATH", "/app/deps"), OutputRules.runtimeEnv(found));
  }

  @Test
  void aStandaloneProgramLeavesTheBuildDirectoryBehind() {
    List<Artifact> found =
        OutputRules.recognise(
            scan(lines("FROM debian", "WORKDIR /src", "RUN make && make install DESTDIR=/out")));
    assertEquals(List.of("/out/ -> /"), paths(found));
  }

  @Test
  void noWorkdirAndNoOutputsMeansNothing() {
    assertTrue(OutputRules.recognise(scan(lines("FROM debian", "RUN apt-get update"))).isEmpty());
  }

  @Test
  void copiesCoveredByAnotherAreDropped() {
    Artifact app =
        new Artifact("/app", "/app", Artifact.Kind.APP_FILES, "workdir", "", 1, Map.of());
    Artifact jars =
        new Artifact(
            "/app/target/*.jar", "/app/target/", Artifact.Kind.PROGRAM, "maven", "", 2, Map.of());
    Artifact tree = new Artifact("/out/", "/", Artifact.Kind.INSTALL_TREE, "make", "", 3, Map.of());
    Artifact inTree =
        new Artifact(
            "/out/usr/bin/x",
            "/out/usr/bin/x",
            Artifact.Kind.PROGRAM,
            "c-compiler",
            "",
            4,
            Map.of());
    Artifact again =
        new Artifact("/app/", "/app/", Artifact.Kind.APP_FILES, "npm", "", 5, Map.of());
    assertEquals(
        List.of(app, tree, inTree), OutputRules.toCopy(List.of(app, jars, tree, inTree, again)));
  }
}
