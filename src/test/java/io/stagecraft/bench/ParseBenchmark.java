package io.stagecraft.bench;

import io.stagecraft.core.model.StageGraph;
import io.stagecraft.testing.Fixtures;
import io.stagecraft.testing.SyntheticDockerfile;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse plus stage graph: on generated 1,000-line/30-stage and 10,000-line Dockerfiles (sample
 * time, for medians), and over the whole corpus (throughput; MB/s = corpus size × ops/s). Run with
 * the command in docs/benchmarks.md; this is not a test.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParseBenchmark {
  String lines1k;
  String lines10k;
  List<String> corpus;

  @Setup
  public void setUp() {
    lines1k = SyntheticDockerfile.generate(1_000, 30);
    lines10k = SyntheticDockerfile.generate(10_000, 100);
    corpus = Fixtures.andCorpus().stream().map(Fixtures::read).toList();
    long chars = corpus.stream().mapToLong(String::length).sum();
    System.out.printf(
        "%n1k file: %d lines, %d stages; 10k file: %d lines; corpus: %d files, %d chars%n",
        lines1k.split("\n", -1).length,
        StageGraph.parse(lines1k).stages().size(),
        lines10k.split("\n", -1).length,
        corpus.size(),
        chars);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public StageGraph parseAndGraph1kLines30Stages() {
    return StageGraph.parse(lines1k);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public StageGraph parseAndGraph10kLines() {
    return StageGraph.parse(lines10k);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public void parseAndGraphWholeCorpus(Blackhole bh) {
    for (String text : corpus) {
      bh.consume(StageGraph.parse(text).diagnostics());
    }
  }
}
