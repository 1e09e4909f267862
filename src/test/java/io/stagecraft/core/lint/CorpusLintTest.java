package io.stagecraft.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.stagecraft.core.model.StageGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Lints every real-world Dockerfile of a corpus folder: no rule may fail on any of them. Opt-in: it
 * runs only when {@code -Dstagecraft.corpus=DIR} or {@code STAGECRAFT_CORPUS} names the folder, so
 * {@code mvn verify} of a fresh clone does not depend on it.
 */
class CorpusLintTest {

  private static Path corpus() {
    String named = System.getProperty("stagecraft.corpus");
    if (named == null || named.isBlank()) {
      named = System.getenv("STAGECRAFT_CORPUS");
    }
    return named == null || named.isBlank() ? null : Path.of(named);
  }

  @Test
  void noRuleFailsOnAnyCorpusFile() throws Exception {
    Path dir = corpus();
    assumeTrue(dir != null && Files.isDirectory(dir), "no corpus named");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".tsv")).toList();
    }
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
    assertTrue(files.isEmpty() || problems > 0, "a real corpus has lint problems");
  }
}
