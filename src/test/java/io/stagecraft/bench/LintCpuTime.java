package io.stagecraft.bench;

import io.stagecraft.core.lint.Linter;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.testing.SyntheticDockerfile;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * {@link LintBenchmark}'s 1,000-line, 30-stage case in this thread's CPU time per operation, for a
 * machine too busy for wall-clock samples to mean much: lint alone and parse alone, the median and
 * the 90th percentile of each. Run as a plain program (see docs/benchmarks.md).
 */
public final class LintCpuTime {
  private LintCpuTime() {}

  public static void main(String[] args) {
    int samples = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    String text = SyntheticDockerfile.generate(1_000, 30);
    StageGraph graph = StageGraph.parse(text);
    Linter linter = Linter.builtIn();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] lint = new long[samples];
    long[] parse = new long[samples];
    long sink = 0;
    for (int warm = 0; warm < samples; warm++) {
      sink += linter.lint(graph).problems().size() + StageGraph.parse(text).stages().size();
    }
    for (int i = 0; i < samples; i++) {
      long start = threads.getCurrentThreadCpuTime();
      sink += linter.lint(graph).problems().size();
      long linted = threads.getCurrentThreadCpuTime();
      sink += StageGraph.parse(text).stages().size();
      lint[i] = linted - start;
      parse[i] = threads.getCurrentThreadCpuTime() - linted;
    }
    System.out.printf(
        "lint 1k lines, 30 stages: median %.3f ms, p90 %.3f ms of CPU time%n",
        percentile(lint, 50), percentile(lint, 90));
    System.out.printf(
        "parse + graph, same file: median %.3f ms, p90 %.3f ms of CPU time (%d)%n",
        percentile(parse, 50), percentile(parse, 90), sink);
  }

  private static double percentile(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
  }
}
