package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class EngineTestsTest {

  @TempDir Path temp;

  private EngineStatus noEngine() {
    // A socket path under an empty temp directory: certainly no engine there.
    return new EngineConnector()
        .connect(EngineEndpoint.of(URI.create("unix://" + temp.resolve("none.sock")), "test"));
  }

  @Test
  void withoutTheRequirementAMissingEngineSkips() {
    TestAbortedException e =
        assertThrows(TestAbortedException.class, () -> EngineTests.require(noEngine(), Map.of()));
    assertTrue(e.getMessage().contains("none.sock"), e.getMessage());
    assertTrue(e.getMessage().contains("STAGECRAFT_REQUIRE_ENGINE=1"), e.getMessage());
  }

  @Test
  void withTheRequirementAMissingEngineFails() {
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () -> EngineTests.require(noEngine(), Map.of("STAGECRAFT_REQUIRE_ENGINE", "1")));
    assertTrue(e.getMessage().contains("UNREACHABLE"), e.getMessage());
  }

  @Test
  void onlyOneOrTrueRequireTheEngine() {
    assertTrue(EngineTests.isRequired(Map.of("STAGECRAFT_REQUIRE_ENGINE", "1")));
    assertTrue(EngineTests.isRequired(Map.of("STAGECRAFT_REQUIRE_ENGINE", "true")));
    assertFalse(EngineTests.isRequired(Map.of("STAGECRAFT_REQUIRE_ENGINE", "0")));
    assertFalse(EngineTests.isRequired(Map.of()));
  }
}
