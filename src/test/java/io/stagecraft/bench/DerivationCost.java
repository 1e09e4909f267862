package io.stagecraft.bench;

import io.stagecraft.app.SampleProject;
import io.stagecraft.core.lint.LintReport;
import io.stagecraft.core.lint.Linter;
import io.stagecraft.core.lint.Problem;
import io.stagecraft.core.model.ReferenceContext;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.syntax.Diagnostic;
import io.stagecraft.engine.ShellCheckProcess;
import io.stagecraft.layout.DiagramArranger;
import io.stagecraft.layout.DiagramBuilder;
import io.stagecraft.layout.DiagramContent;
import io.stagecraft.layout.Point;
import io.stagecraft.layout.StablePlacement;
import io.stagecraft.testing.SyntheticDockerfile;
import io.stagecraft.ui.derive.DiagramShape;
import io.stagecraft.ui.derive.LayoutMemo;
import io.stagecraft.ui.highlight.ParagraphStyles;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The background's cost of one revision typed at the end of a file, step by step, in the deriving
 * thread's CPU time: what the canvas waits for after a keystroke, apart from the window.
 *
 * <p>It types the typing benchmark's line one character at a time and derives every revision as the
 * app's parse lane does (parse, lint with ShellCheck when it is on the PATH, boxes, highlighting
 * with its comparison to the revision before, arranging at the known positions) and prints the
 * median and p90 of each step. Arguments: sample, 500, 10000 (default: all).
 */
public final class DerivationCost {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final String LINE = "run echo %d typing at the end of this file\n";
  private static final int LENGTH = String.format(LINE, 10).length();

  private DerivationCost() {}

  public static void main(String[] args) {
    List<String> files = args.length == 0 ? List.of("sample", "500", "10000") : List.of(args);
    for (String name : files) {
      String text =
          switch (name) {
            case "sample" -> SampleProject.design();
            case "500" -> SyntheticDockerfile.generate(500, 50);
            default -> SyntheticDockerfile.generate(10_000, 100);
          };
      measure(name, text, ShellCheckProcess.linter());
    }
  }

  private static void measure(String name, String text, Linter linter) {
    Map<String, long[]> steps = new LinkedHashMap<>();
    String[] names = {
      "parse", "lint", "boxes", "highlight", "compare", "arrange", "relayout", "total", "wall"
    };
    int revisions = Integer.getInteger("bench.lines", 3) * LENGTH;
    for (String step : names) {
      steps.put(step, new long[revisions]);
    }
    ParagraphStyles base = null;
    String typed = text.endsWith("\n") ? text : text + "\n";
    DiagramContent opened =
        DiagramBuilder.build(
            StageGraph.parse(typed, ReferenceContext.DEFAULT), Set.of(), false, List.of());
    long layoutStart = CPU.getCurrentThreadCpuTime();
    LayoutMemo memo =
        new LayoutMemo(
            DiagramShape.of(opened), opened, StablePlacement.place(opened, null, Map.of()));
    System.out.printf(
        "%s: the fresh layout of the file as opened (ELK), %.0f ms CPU%n",
        name, (CPU.getCurrentThreadCpuTime() - layoutStart) / 1e6);
    for (int r = -LENGTH; r < revisions; r++) {
      // Each line says something new, as a user's do, so ShellCheck's cache does not answer it.
      String line = String.format(LINE, Math.floorDiv(r, LENGTH) + 11);
      typed += line.charAt(Math.floorMod(r, LENGTH));
      long[] t = new long[names.length];
      long wall = System.nanoTime();
      long start = CPU.getCurrentThreadCpuTime();
      long at = start;
      StageGraph graph = StageGraph.parse(typed, ReferenceContext.DEFAULT);
      t[0] = -at + (at = CPU.getCurrentThreadCpuTime());
      LintReport report = linter.lint(graph);
      t[1] = -at + (at = CPU.getCurrentThreadCpuTime());
      List<Diagnostic> problems = report.problems().stream().map(Problem::toDiagnostic).toList();
      DiagramContent content = DiagramBuilder.build(graph, Set.of(), false, problems);
      t[2] = -at + (at = CPU.getCurrentThreadCpuTime());
      ParagraphStyles fresh = ParagraphStyles.of(graph, problems);
      t[3] = -at + (at = CPU.getCurrentThreadCpuTime());
      ParagraphStyles.Range changed = ParagraphStyles.changed(base, fresh);
      base = fresh.sharingUnchanged(base, changed);
      t[4] = -at + (at = CPU.getCurrentThreadCpuTime());
      DiagramShape shape = DiagramShape.of(content);
      DiagramArranger.arrange(content, memo.positions(), Map.of());
      t[5] = -at + (at = CPU.getCurrentThreadCpuTime());
      if (!memo.fits(shape)) {
        // The layout lane: the boxes kept in place, the grown one fitted among them.
        Map<String, Point> moved = StablePlacement.place(content, memo.content(), memo.positions());
        DiagramArranger.arrange(content, moved, Map.of());
        memo = new LayoutMemo(shape, content, moved);
      }
      t[6] = -at + (at = CPU.getCurrentThreadCpuTime());
      t[7] = at - start;
      t[8] = System.nanoTime() - wall;
      if (r >= 0) {
        for (int i = 0; i < names.length; i++) {
          steps.get(names[i])[r] = t[i];
        }
      }
    }
    System.out.printf(
        "%s (%d revisions, ms median / p90, CPU time but for the wall row):%n", name, revisions);
    steps.forEach(
        (step, times) -> {
          long[] sorted = times.clone();
          Arrays.sort(sorted);
          System.out.printf(
              "  %-10s %8.2f / %8.2f%n",
              step, sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 9 / 10] / 1e6);
        });
  }
}
