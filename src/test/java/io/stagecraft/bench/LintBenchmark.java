package io.stagecraft.bench;

import io.stagecraft.core.lint.LintReport;
import io.stagecraft.core.lint.Linter;
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
 * Lint alone, on a graph parsed beforehand: every built-in rule (BuildKit's, hadolint's and
 * Stagecraft's) with the file's settings read as each revision reads them, on the generated
 * 1,000-line, 30-stage Dockerfile (sample time, for the median; goal ≤ 5 ms) and over the whole
 * corpus (throughput). The parse of the same file is measured apart, in the same run, for scale.
 * ShellCheck is an outside program with its own cache and is not part of these figures. Run with
 * the command in docs/benchmarks.md; this is not a test.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LintBenchmark {
  private final Linter linter = Linter.builtIn();
  String lines1k;
  StageGraph graph1k;
  List<StageGraph> corpus;

  @Setup
  public void setUp() {
    lines1k = SyntheticDockerfile.generate(1_000, 30);
    graph1k = StageGraph.parse(lines1k);
    corpus = Fixtures.andCorpus().stream().map(Fixtures::read).map(StageGraph::parse).toList();
    System.out.printf(
        "%n1k file: %d lines, %d stages, %d problems; corpus: %d files%n",
        lines1k.split("\n", -1).length,
        graph1k.stages().size(),
        lint(graph1k).problems().size(),
        corpus.size());
  }

  /** The file's own settings (directives, pragmas) are read in each call, as for a revision. */
  private LintReport lint(StageGraph graph) {
    return linter.lint(graph);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public LintReport lint1kLines30Stages() {
    return lint(graph1k);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public StageGraph parseAndGraph1kLines30Stages() {
    return StageGraph.parse(lines1k);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public void lintWholeCorpus(Blackhole bh) {
    for (StageGraph graph : corpus) {
      bh.consume(lint(graph).problems());
    }
  }
}
