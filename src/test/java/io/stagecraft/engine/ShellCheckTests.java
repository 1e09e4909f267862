package io.stagecraft.engine;

import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Gives ShellCheck tests the real {@code shellcheck} on the PATH, or stops them with a clear
 * message: skipped when it is missing, failed instead with {@code STAGECRAFT_REQUIRE_SHELLCHECK=1}
 * (as in CI), as {@link EngineTests} does for the engine.
 */
public final class ShellCheckTests {

  /** The variable that turns a missing ShellCheck from a skip into a failure. */
  public static final String REQUIRE_SHELLCHECK = "STAGECRAFT_REQUIRE_SHELLCHECK";

  private ShellCheckTests() {}

  /** ShellCheck from this process's PATH, or the running test is skipped or failed. */
  public static ShellCheckProcess requireShellCheck() {
    return require(ShellCheckProcess.onPath(), System.getenv());
  }

  static ShellCheckProcess require(ShellCheckProcess shellcheck, Map<String, String> env) {
    if (shellcheck.available()) {
      return shellcheck;
    }
    String message = "no shellcheck on the PATH. Install it with: apt-get install -y shellcheck";
    if (isRequired(env)) {
      return Assertions.fail(
          message + " [" + REQUIRE_SHELLCHECK + "=1, so this fails instead of skipping]");
    }
    Assumptions.abort(
        message + " [skipped; set " + REQUIRE_SHELLCHECK + "=1 to make this a failure]");
    throw new AssertionError("unreachable: Assumptions.abort always throws");
  }

  static boolean isRequired(Map<String, String> env) {
    String value = env.get(REQUIRE_SHELLCHECK);
    return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
  }
}
