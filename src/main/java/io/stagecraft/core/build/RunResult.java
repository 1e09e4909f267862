package io.stagecraft.core.build;

import java.time.Duration;

/**
 * How an image's default command ended.
 *
 * @param exitCode the exit code, or -1 when the command was stopped for taking too long
 * @param stdout everything it wrote to standard output
 * @param stderr everything it wrote to standard error
 * @param timedOut whether it was stopped at the time limit
 * @param duration wall time from start to exit
 */
public record RunResult(
    int exitCode, String stdout, String stderr, boolean timedOut, Duration duration) {
  /** Whether both runs ended the same way and printed the same. */
  public boolean sameOutcomeAs(RunResult other) {
    return exitCode == other.exitCode
        && timedOut == other.timedOut
        && stdout.equals(other.stdout)
        && stderr.equals(other.stderr);
  }
}
