package io.stagecraft.cli;

/** Process exit codes of the command line. */
final class ExitCodes {
  static final int OK = 0;

  /** The input has errors, or the requested change cannot be made. */
  static final int PROBLEMS = 1;

  /** The command was called wrongly, or a file could not be read or written. */
  static final int USAGE = 2;

  /**
   * {@code split} only: the chosen runtime cannot run the app (it lacks a shell, an interpreter, a
   * library or a user), so no split is printed; the reason names the missing piece.
   */
  static final int REFUSED = 3;

  /**
   * {@code split} only: the split is printed, but its notes name problems (a level of {@code
   * problem}: a RUN left on a runtime without a shell, say) that keep the image from behaving like
   * the original until they are fixed by hand. A script that applies splits must not take it for a
   * clean one.
   */
  static final int PRINTED_WITH_PROBLEMS = 4;

  private ExitCodes() {}
}
