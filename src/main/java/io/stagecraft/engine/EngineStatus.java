package io.stagecraft.engine;

import java.util.Objects;
import java.util.Optional;

/** The outcome of trying to connect to an engine: a connection, or why there is none. */
public sealed interface EngineStatus permits EngineStatus.Connected, EngineStatus.Unavailable {

  /** The connection, when there is one. */
  Optional<EngineConnection> connection();

  /** A reachable, compatible engine. The caller owns and must close the connection. */
  record Connected(EngineConnection engine) implements EngineStatus {
    public Connected {
      Objects.requireNonNull(engine, "engine");
    }

    @Override
    public Optional<EngineConnection> connection() {
      return Optional.of(engine);
    }
  }

  /**
   * No usable engine.
   *
   * @param endpoint the endpoint tried, or {@code null} when discovery itself failed
   * @param problem the kind of failure
   * @param message a one-line explanation for the user
   */
  record Unavailable(EngineEndpoint endpoint, EngineProblem problem, String message)
      implements EngineStatus {
    public Unavailable {
      Objects.requireNonNull(problem, "problem");
      Objects.requireNonNull(message, "message");
    }

    static Unavailable of(EngineEndpoint endpoint, EngineException e) {
      return new Unavailable(endpoint, e.problem(), e.getMessage());
    }

    @Override
    public Optional<EngineConnection> connection() {
      return Optional.empty();
    }
  }
}
