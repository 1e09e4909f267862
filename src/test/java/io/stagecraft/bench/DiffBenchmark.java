package io.stagecraft.bench;

import io.stagecraft.core.split.UnifiedDiff;
import io.stagecraft.testing.SyntheticDockerfile;

/**
 * Times the split preview's unified diff on a generated 10,000-line Dockerfile with one line
 * changed, and reports the heap it allocated; prints numbers, asserts nothing.
 *
 * <p>{@code java -cp target/test-classes:target/classes io.stagecraft.bench.DiffBenchmark}
 */
public final class DiffBenchmark {
  private DiffBenchmark() {}

  public static void main(String[] args) {
    String a = SyntheticDockerfile.generate(10_000, 100);
    int middle = a.indexOf('\n', a.length() / 2);
    String b = a.substring(0, middle) + "\nRUN echo changed" + a.substring(middle);
    var threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    for (int run = 0; run < 5; run++) {
      long allocated = threads.getCurrentThreadAllocatedBytes();
      long start = System.nanoTime();
      String diff = UnifiedDiff.of(a, b, "a", "b", 3);
      long micros = (System.nanoTime() - start) / 1_000;
      long bytes = threads.getCurrentThreadAllocatedBytes() - allocated;
      System.out.printf(
          "run %d: %.1f ms, %.1f MB allocated, %d diff lines%n",
          run, micros / 1000.0, bytes / 1e6, diff.split("\n").length);
    }
  }
}
