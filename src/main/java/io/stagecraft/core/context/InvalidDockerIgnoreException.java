package io.stagecraft.core.context;

/** A {@code .dockerignore} line that Docker would refuse, with its 1-based line number. */
public final class InvalidDockerIgnoreException extends BuildContextException {

  private static final long serialVersionUID = 1L;

  private final int lineNumber;
  private final String line;
  private final String reason;

  public InvalidDockerIgnoreException(int lineNumber, String line, String reason) {
    super(".dockerignore line " + lineNumber + ": invalid pattern \"" + line + "\": " + reason);
    this.lineNumber = lineNumber;
    this.line = line;
    this.reason = reason;
  }

  /**
   * The 1-based line of the {@code .dockerignore} text (or the 1-based index in a pattern list).
   */
  public int lineNumber() {
    return lineNumber;
  }

  /** The offending line as written. */
  public String line() {
    return line;
  }

  /** Why the pattern is refused, without the line prefix. */
  public String reason() {
    return reason;
  }
}
