package io.stagecraft.bench;

import io.stagecraft.core.model.StageGraph;
import io.stagecraft.testing.Fixtures;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Parse plus graph throughput over the corpus in MB per second of this thread's CPU time, which
 * other processes on a busy machine disturb far less than wall time. A companion to {@link
 * ParseBenchmark}, run as a plain program (see docs/benchmarks.md).
 */
public final class CorpusThroughput {
  private CorpusThroughput() {}

  public static void main(String[] args) {
    List<String> corpus = Fixtures.andCorpus().stream().map(Fixtures::read).toList();
    long bytes = corpus.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int passes = 40;
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      long start = threads.getCurrentThreadCpuTime();
      for (int pass = 0; pass < passes; pass++) {
        for (String text : corpus) {
          sink += StageGraph.parse(text).diagnostics().size();
        }
      }
      double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
      System.out.printf(
          "round %2d: %.1f MB/s of CPU time%n", round, bytes * (double) passes / seconds / 1e6);
    }
    System.out.printf("corpus: %d files, %d bytes (%d)%n", corpus.size(), bytes, sink);
  }
}
