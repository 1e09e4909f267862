package io.stagecraft.bench;

import io.stagecraft.core.lang.Analysis;
import io.stagecraft.core.lang.CompletionItem;
import io.stagecraft.core.lang.Completions;
import io.stagecraft.core.lang.Hovers;
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

/**
 * Completion and hover in core on a generated 1,000-line, 30-stage Dockerfile, near its end where
 * the most stages and variables are in scope. The analysis (parse, graph, lint) is made once, as
 * the front ends keep it per revision; {@link ParseBenchmark} measures the parse apart. Sample
 * time: read the p0.50 rows. Run with the command in docs/benchmarks.md; this is not a test.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LanguageServicesBenchmark {
  Analysis withVariable;
  int variableCaret;
  Analysis withFrom;
  int fromCaret;
  Analysis plain;
  int hoverVariable;
  int hoverStage;
  int hoverKeyword;

  @Setup
  public void setUp() {
    String text = SyntheticDockerfile.generate(1_000, 30);
    String typingVariable = text + "RUN echo ${CO";
    withVariable = Analysis.of(typingVariable);
    variableCaret = typingVariable.length();
    String typingFrom = text + "COPY --from=stage";
    withFrom = Analysis.of(typingFrom);
    fromCaret = typingFrom.length();
    plain = Analysis.of(text);
    plain.lint();
    withVariable.lint();
    withFrom.lint();
    hoverVariable = text.lastIndexOf("$PATH") + 2;
    hoverStage = text.lastIndexOf("--from=stage") + 9;
    hoverKeyword = text.lastIndexOf("\nRUN ") + 2;
    List<CompletionItem> sample = Completions.at(withFrom, fromCaret, List.of());
    System.out.printf(
        "%n%d lines, %d stages; %d stage completions at the end%n",
        text.split("\n", -1).length, plain.graph().stages().size(), sample.size());
  }

  @Benchmark
  public List<CompletionItem> completeVariable() {
    return Completions.at(withVariable, variableCaret, List.of());
  }

  @Benchmark
  public List<CompletionItem> completeStageAfterFrom() {
    return Completions.at(withFrom, fromCaret, List.of());
  }

  @Benchmark
  public Hovers.Hover hoverVariable() {
    return Hovers.at(plain, hoverVariable);
  }

  @Benchmark
  public Hovers.Hover hoverStageReference() {
    return Hovers.at(plain, hoverStage);
  }

  @Benchmark
  public Hovers.Hover hoverInstruction() {
    return Hovers.at(plain, hoverKeyword);
  }
}
