package io.stagecraft.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.model.StageGraph;
import io.stagecraft.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lints every fixture Dockerfile of the project, and every real-world one of the external corpus
 * when {@code -Dstagecraft.corpus=DIR} or {@code STAGECRAFT_CORPUS} names it: no rule may fail on
 * any of them.
 */
class CorpusLintTest {

  @Test
  void noRuleFailsOnAnyCorpusFile() throws Exception {
    List<Path> files = Fixtures.andCorpus();
    List<String> failures = new ArrayList<>();
    int problems = 0;
    for (Path f : files) {
      LintReport r = Linter.builtIn().lint(StageGraph.parse(Files.readString(f)));
      problems += r.problems().size();
      r.problems().stream()
          .filter(p -> p.rule() == Rules.INTERNAL)
          .forEach(p -> failures.add(f.getFileName() + ": " + p.message()));
    }
    assertEquals(List.of(), failures);
    assertTrue(problems > 0, "the fixtures and a real corpus have lint problems");
  }
}
