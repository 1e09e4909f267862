package io.stagecraft.engine;

import java.util.Objects;

/** A failure to find, reach or speak to a Docker engine, with a message meant for the user. */
public final class EngineException extends Exception {
  private static final long serialVersionUID = 1L;

  private final EngineProblem problem;

  public EngineException(EngineProblem problem, String message) {
    super(message);
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  public EngineException(EngineProblem problem, String message, Throwable cause) {
    super(message, cause);
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  public EngineProblem problem() {
    return problem;
  }
}
