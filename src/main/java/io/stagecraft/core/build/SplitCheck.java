package io.stagecraft.core.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a split behaves like its original and is smaller: the judgement both the command line and
 * the desktop app make once both images are built and run, so they cannot disagree.
 *
 * @param originalBytes the size of the original's image (variant A)
 * @param splitBytes the size of the split's image (variant B)
 * @param original how A's default command ended
 * @param split how B's default command ended
 */
public record SplitCheck(long originalBytes, long splitBytes, RunResult original, RunResult split) {

  /** Whether both runs printed the same and ended with the same exit code. */
  public boolean sameOutcome() {
    return original.sameOutcomeAs(split);
  }

  public boolean smaller() {
    return splitBytes < originalBytes;
  }

  /** How many times larger A is than B, to two decimals. */
  public double ratio() {
    return Sizes.ratio(originalBytes, splitBytes);
  }

  /** The split is proven: they behave alike, and B is smaller. */
  public boolean passed() {
    return sameOutcome() && smaller();
  }

  /** How the runs compare, in one sentence. */
  public String behaviour() {
    return sameOutcome()
        ? String.format(
            Locale.ROOT,
            "same outcome: both %s and print the same %d line(s)",
            original.timedOut() ? "time out" : "exit with " + original.exitCode(),
            original.stdout().lines().count())
        : "MISMATCH: the split does not behave like the original";
  }

  /** How the sizes compare, in one sentence. */
  public String size() {
    return smaller()
        ? String.format(
            Locale.ROOT,
            "B is %s times smaller: %,d bytes against %,d",
            ratio(),
            splitBytes,
            originalBytes)
        : String.format(
            Locale.ROOT, "B is NOT smaller: %,d bytes against %,d", splitBytes, originalBytes);
  }

  public String outcome() {
    return passed() ? "PASSED" : "FAILED";
  }

  /** What differs between the runs, in words; empty when nothing does. */
  public String difference() {
    List<String> parts = new ArrayList<>();
    if (original.timedOut() != split.timedOut()) {
      parts.add((original.timedOut() ? "A" : "B") + " timed out");
    } else if (original.exitCode() != split.exitCode()) {
      parts.add("exit codes " + original.exitCode() + " (A) and " + split.exitCode() + " (B)");
    }
    if (!original.stdout().equals(split.stdout())) {
      parts.add("standard output differs");
    }
    if (!original.stderr().equals(split.stderr())) {
      parts.add("standard error differs");
    }
    return String.join(", ", parts);
  }
}
