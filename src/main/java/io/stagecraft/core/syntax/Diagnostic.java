package io.stagecraft.core.syntax;

/**
 * A problem found in a Dockerfile, located by its source range.
 *
 * @param code a stable identifier of the rule, e.g. {@code unknown-instruction}
 */
public record Diagnostic(SourceRange range, Severity severity, String code, String message) {

  public int line() {
    return range.line();
  }

  public int column() {
    return range.column();
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
