package io.stagecraft.engine;

import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Gives engine tests a connection to the real engine, or stops them with a clear message.
 *
 * <p>When no engine is reachable, the test is skipped; with {@code STAGECRAFT_REQUIRE_ENGINE=1} (as
 * in CI) it fails instead, so a missing engine can never pass unnoticed.
 */
public final class EngineTests {

  /** The variable that turns a missing engine from a skip into a failure. */
  public static final String REQUIRE_ENGINE = "STAGECRAFT_REQUIRE_ENGINE";

  private EngineTests() {}

  /** Connects to the engine this process would use; the caller closes the connection. */
  public static EngineConnection requireEngine() {
    return require(new EngineConnector().connect(), System.getenv());
  }

  /** Connects to {@code endpoint}; the caller closes the connection. */
  public static EngineConnection requireEngine(EngineEndpoint endpoint) {
    return require(new EngineConnector().connect(endpoint), System.getenv());
  }

  /**
   * Returns the connection of an earlier attempt, or skips or fails the running test. Classes that
   * connect once in {@code @BeforeAll} call this in {@code @BeforeEach}, so every test shows as
   * skipped, with the reason, rather than the class vanishing from the counts.
   */
  public static EngineConnection require(EngineStatus status) {
    return require(status, System.getenv());
  }

  /**
   * Returns the connection, or aborts (skips) or fails the running test, depending on {@code env}.
   */
  static EngineConnection require(EngineStatus status, Map<String, String> env) {
    if (status instanceof EngineStatus.Connected connected) {
      return connected.engine();
    }
    EngineStatus.Unavailable why = (EngineStatus.Unavailable) status;
    String message =
        "no usable Docker engine ("
            + why.problem()
            + "): "
            + why.message()
            + ". Start one with: sudo bash .ci/engine.sh";
    if (isRequired(env)) {
      return Assertions.fail(
          message + " [" + REQUIRE_ENGINE + "=1, so this fails instead of skipping]");
    }
    Assumptions.abort(message + " [skipped; set " + REQUIRE_ENGINE + "=1 to make this a failure]");
    throw new AssertionError("unreachable: Assumptions.abort always throws");
  }

  static boolean isRequired(Map<String, String> env) {
    String value = env.get(REQUIRE_ENGINE);
    return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
  }
}
