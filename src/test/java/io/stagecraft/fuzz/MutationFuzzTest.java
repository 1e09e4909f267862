package io.stagecraft.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.syntax.Diagnostic;
import io.stagecraft.core.syntax.Dockerfile;
import io.stagecraft.core.syntax.Element;
import io.stagecraft.testing.Fixtures;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A seeded random-mutation fuzzer over the corpus: every mutated input must parse without an
 * exception, print back exactly, tile the text with elements, yield a stage graph, and place every
 * diagnostic inside the text. The count comes from {@code -Dfuzz.iterations} (default 100,000).
 */
class MutationFuzzTest {
  private static final String[] TOKENS = {
    "\\",
    "\\\n",
    "\n",
    "\r\n",
    "\r",
    "`",
    "\"",
    "'",
    "<<",
    "<<-",
    "<<EOF",
    "<<'EOF'",
    "3<<EOF",
    "EOF\n",
    "#",
    "# escape=`\n",
    "# syntax=x\n",
    "--",
    "--from=",
    "--mount=type=bind,from=",
    "--link",
    "=",
    ",",
    "$",
    "${",
    "${A:-",
    "}",
    "[",
    "]",
    "[\"a\", \"b\"]",
    " ",
    "\t",
    "FROM ",
    "FROM a AS b\n",
    "RUN ",
    "COPY ",
    "ADD ",
    "ONBUILD ",
    "HEALTHCHECK ",
    "CMD ",
    "NONE",
    "AS ",
    "ENV ",
    "ARG ",
    "LABEL ",
    "\uFEFF",
    "\u00e9",
    "\ud83d\udc33",
    "\u0000"
  };

  @Test
  void mutatedCorpusNeverBreaksTheParser() {
    long iterations = Long.getLong("fuzz.iterations", 100_000);
    long seed = Long.getLong("fuzz.seed", 20261126L);
    List<String> corpus = Fixtures.andCorpus().stream().map(Fixtures::read).toList();
    assertTrue(corpus.size() >= Fixtures.files().size(), "the fuzzer starts from every fixture");
    SplittableRandom random = new SplittableRandom(seed);
    long bytes = 0;
    for (long n = 0; n < iterations; n++) {
      String input = mutate(corpus, random);
      bytes += input.length();
      try {
        check(input);
      } catch (AssertionError | RuntimeException e) {
        fail(
            "input #"
                + n
                + " (seed "
                + seed
                + ") broke the parser: "
                + e
                + "\n--- input ---\n"
                + input,
            e);
      }
    }
    System.out.printf("fuzz: %,d inputs, %,d chars, seed %d%n", iterations, bytes, seed);
  }

  private static void check(String input) {
    Dockerfile tree = Dockerfile.parse(input);
    assertEquals(input, tree.print());
    int expected = 0;
    for (Element e : tree.elements()) {
      assertEquals(expected, e.range().start());
      expected = e.range().end();
    }
    assertEquals(input.length(), expected);
    StageGraph graph = StageGraph.of(tree);
    for (Diagnostic d : graph.diagnostics()) {
      assertTrue(
          d.range().start() >= 0
              && d.range().end() <= input.length()
              && d.line() >= 1
              && d.column() >= 1,
          d::toString);
    }
  }

  static String mutate(List<String> corpus, SplittableRandom random) {
    String base = corpus.get(random.nextInt(corpus.size()));
    int start = base.isEmpty() ? 0 : random.nextInt(base.length());
    StringBuilder s =
        new StringBuilder(
            base.substring(start, Math.min(base.length(), start + 64 + random.nextInt(2048))));
    int mutations = 1 + random.nextInt(6);
    for (int m = 0; m < mutations; m++) {
      int at = s.length() == 0 ? 0 : random.nextInt(s.length() + 1);
      switch (random.nextInt(6)) {
        case 0 -> s.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
        case 1 -> s.insert(at, (char) random.nextInt(0x20, 0x7f));
        case 2 -> s.delete(at, Math.min(s.length(), at + random.nextInt(16)));
        case 3 -> {
          int end = Math.min(s.length(), at + random.nextInt(64));
          s.insert(random.nextInt(s.length() + 1), s.substring(at, end));
        }
        case 4 -> {
          String other = corpus.get(random.nextInt(corpus.size()));
          int from = other.isEmpty() ? 0 : random.nextInt(other.length());
          s.insert(at, other, from, Math.min(other.length(), from + random.nextInt(256)));
        }
        default -> {
          int end = Math.min(s.length(), at + random.nextInt(32));
          for (int i = at; i < end; i++) {
            char c = s.charAt(i);
            s.setCharAt(
                i, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
          }
        }
      }
    }
    return s.toString();
  }
}
