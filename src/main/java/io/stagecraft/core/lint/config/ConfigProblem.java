package io.stagecraft.core.lint.config;

/** A problem in lint configuration, at a 1-based line and column of its source. */
public record ConfigProblem(String source, int line, int column, String message) {

  @Override
  public String toString() {
    return source + ":" + line + ":" + column + ": " + message;
  }
}
