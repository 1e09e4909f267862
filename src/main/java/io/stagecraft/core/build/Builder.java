package io.stagecraft.core.build;

/** Which of the engine's builders runs a build. */
public enum Builder {
  /** The legacy builder behind {@code POST /build}; every step becomes an intermediate image. */
  CLASSIC,
  /**
   * BuildKit behind {@code POST /build?version=2}; stages run in parallel and skip what is unused.
   */
  BUILDKIT
}
