package io.stagecraft.bench;

import io.stagecraft.core.lint.Linter;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.testing.Fixtures;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parse plus graph, and lint of the parsed graphs, over the corpus in MB per second of this
 * thread's CPU time, which other processes on a busy machine disturb far less than wall time. Lint
 * runs every built-in rule on graphs parsed in the same pass but outside its clock, so the two
 * figures add up to the cost of a revision. A companion to {@link ParseBenchmark} and {@link
 * LintBenchmark}, run as a plain program (see docs/benchmarks.md).
 */
public final class CorpusThroughput {
  private CorpusThroughput() {}

  public static void main(String[] args) {
    List<String> corpus = Fixtures.andCorpus().stream().map(Fixtures::read).toList();
    long bytes = corpus.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Linter linter = Linter.builtIn();
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int passes = 40;
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      long parseNanos = 0;
      long lintNanos = 0;
      for (int pass = 0; pass < passes; pass++) {
        List<StageGraph> graphs = new ArrayList<>(corpus.size());
        long start = threads.getCurrentThreadCpuTime();
        for (String text : corpus) {
          StageGraph graph = StageGraph.parse(text);
          sink += graph.diagnostics().size();
          graphs.add(graph);
        }
        long parsed = threads.getCurrentThreadCpuTime();
        for (StageGraph graph : graphs) {
          sink += linter.lint(graph).problems().size();
        }
        parseNanos += parsed - start;
        lintNanos += threads.getCurrentThreadCpuTime() - parsed;
      }
      System.out.printf(
          "round %2d: parse %.1f MB/s, lint %.1f MB/s of CPU time%n",
          round,
          bytes * (double) passes / (parseNanos / 1e9) / 1e6,
          bytes * (double) passes / (lintNanos / 1e9) / 1e6);
    }
    System.out.printf("corpus: %d files, %d bytes (%d)%n", corpus.size(), bytes, sink);
  }
}
