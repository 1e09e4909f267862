package io.stagecraft.engine;

import java.util.Optional;

/**
 * Chooses the API version to speak to an engine: the newest one both sides understand.
 *
 * <p>docker-java sends every request under a fixed {@code /vX.Y} prefix and never negotiates, so
 * asking for a version above the engine's own fails outright (engine 20.10 rejects 1.44).
 */
public final class ApiNegotiation {

  /** The newest API docker-java 3.5.1 models. */
  public static final ApiVersion NEWEST_CLIENT_VERSION = new ApiVersion(1, 44);

  /** The oldest engine API Stagecraft is tested against: Docker Engine 20.10, as in Debian 12. */
  public static final ApiVersion OLDEST_SUPPORTED_VERSION = new ApiVersion(1, 41);

  private ApiNegotiation() {}

  /**
   * Returns min(engine's newest, {@link #NEWEST_CLIENT_VERSION}).
   *
   * @param engineVersion the newest API the engine speaks (its {@code Api-Version})
   * @param engineMinimum the oldest API the engine still accepts ({@code MinAPIVersion}), if known
   * @throws EngineException with {@link EngineProblem#INCOMPATIBLE} when there is no common version
   */
  public static ApiVersion negotiate(ApiVersion engineVersion, Optional<ApiVersion> engineMinimum)
      throws EngineException {
    if (engineVersion.isOlderThan(OLDEST_SUPPORTED_VERSION)) {
      throw new EngineException(
          EngineProblem.INCOMPATIBLE,
          "the engine speaks Docker API "
              + engineVersion
              + ", older than the oldest Stagecraft supports ("
              + OLDEST_SUPPORTED_VERSION
              + ", Docker Engine 20.10); upgrade the engine");
    }
    ApiVersion chosen = ApiVersion.min(engineVersion, NEWEST_CLIENT_VERSION);
    // Newer engines drop old APIs (Engine 29 accepts nothing below 1.44), so the ceiling of the
    // client library can fall below the engine's floor.
    if (engineMinimum.isPresent() && chosen.isOlderThan(engineMinimum.get())) {
      throw new EngineException(
          EngineProblem.INCOMPATIBLE,
          "the engine accepts Docker API "
              + engineMinimum.get()
              + " to "
              + engineVersion
              + ", but Stagecraft speaks at most "
              + NEWEST_CLIENT_VERSION);
    }
    return chosen;
  }
}
