package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class ShellCheckTestsTest {
  @TempDir Path empty;

  private ShellCheckProcess missing() {
    return ShellCheckProcess.onPath(empty.toString());
  }

  @Test
  void withoutTheRequirementAMissingShellCheckSkips() {
    TestAbortedException e =
        assertThrows(
            TestAbortedException.class, () -> ShellCheckTests.require(missing(), Map.of()));
    assertTrue(e.getMessage().contains("STAGECRAFT_REQUIRE_SHELLCHECK=1"), e.getMessage());
  }

  @Test
  void withTheRequirementAMissingShellCheckFails() {
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () ->
                ShellCheckTests.require(
                    missing(), Map.of(ShellCheckTests.REQUIRE_SHELLCHECK, "1")));
    assertTrue(e.getMessage().contains("apt-get install -y shellcheck"), e.getMessage());
  }

  @Test
  void onlyOneOrTrueRequireShellCheck() {
    assertTrue(ShellCheckTests.isRequired(Map.of(ShellCheckTests.REQUIRE_SHELLCHECK, "1")));
    assertTrue(ShellCheckTests.isRequired(Map.of(ShellCheckTests.REQUIRE_SHELLCHECK, "true")));
    assertFalse(ShellCheckTests.isRequired(Map.of(ShellCheckTests.REQUIRE_SHELLCHECK, "0")));
    assertFalse(ShellCheckTests.isRequired(Map.of()));
  }
}
