package io.stagecraft.cli;

import io.stagecraft.core.build.BuildEngine;
import io.stagecraft.core.build.BuildException;
import io.stagecraft.core.build.RunResult;
import io.stagecraft.core.build.SplitCheck;
import io.stagecraft.core.build.SplitVerification;
import io.stagecraft.core.build.VariantComparison;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code split --verify}: runs the verification and prints it, with the same table as {@code
 * compare}, then a verdict. A mismatch prints both outputs in full, so nothing is hidden.
 */
final class SplitVerifyReport {
  private SplitVerifyReport() {}

  /** Verifies and prints on {@code err}; returns the exit code. */
  static int verify(
      BuildEngine engine, SplitVerification.Request request, boolean verbose, PrintWriter err)
      throws InterruptedException {
    SplitVerification.Verdict verdict;
    try {
      verdict =
          SplitVerification.verify(
              engine,
              request,
              new CompareCommand.ProgressPrinter(SplitVerification.ORIGINAL, err, verbose),
              new CompareCommand.ProgressPrinter(SplitVerification.SPLIT, err, verbose));
    } catch (BuildException e) {
      err.println("stagecraft: verify: " + e.getMessage());
      return ExitCodes.PROBLEMS;
    }
    if (!CompareCommand.reportFailures(List.of(verdict.original(), verdict.split()), err)) {
      err.println("stagecraft: verify: FAILED, a build failed");
      return ExitCodes.PROBLEMS;
    }
    Path file = request.dockerfile();
    CompareTable.print(
        List.of(
            outcome(verdict.original(), new VariantSpec(SplitVerification.ORIGINAL, file, null)),
            outcome(
                verdict.split(),
                new VariantSpec(SplitVerification.SPLIT, file, request.runtimeStage()))),
        err);
    print(verdict, err);
    return verdict.passed() ? ExitCodes.OK : ExitCodes.PROBLEMS;
  }

  private static VariantOutcome outcome(VariantComparison.Outcome o, VariantSpec spec) {
    return new VariantOutcome(spec, o.build(), o.image(), o.run());
  }

  /** The verdict in words; on a mismatch, both runs in full. */
  static void print(SplitVerification.Verdict verdict, PrintWriter err) {
    SplitCheck check = verdict.check();
    err.println("stagecraft: verify: " + check.behaviour());
    if (!check.sameOutcome()) {
      show("A", check.original(), err);
      show("B", check.split(), err);
    }
    err.println("stagecraft: verify: " + check.size());
    err.println("stagecraft: verify: " + check.outcome());
  }

  private static void show(String label, RunResult run, PrintWriter err) {
    err.println(
        label + " exit code: " + (run.timedOut() ? "timed out" : Integer.toString(run.exitCode())));
    err.println(label + " stdout:");
    run.stdout().lines().forEach(l -> err.println("  | " + l));
    err.println(label + " stderr:");
    run.stderr().lines().forEach(l -> err.println("  | " + l));
  }
}
