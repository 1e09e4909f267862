package io.stagecraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The state folder follows the XDG base directory specification, and a property overrides it. */
class UserStateTest {
  @Test
  void xdgStateHomeNamesTheFolder() {
    assertEquals(
        Path.of("/var/state/stagecraft"),
        UserState.folder(null, Map.of("XDG_STATE_HOME", "/var/state"), "/home/ann"));
  }

  @Test
  void withoutItTheFolderIsInTheHome() {
    assertEquals(
        Path.of("/home/ann/.local/state/stagecraft"),
        UserState.folder(null, Map.of(), "/home/ann"));
  }

  @Test
  void aRelativeXdgStateHomeIsIgnoredAsTheSpecificationSays() {
    assertEquals(
        Path.of("/home/ann/.local/state/stagecraft"),
        UserState.folder(null, Map.of("XDG_STATE_HOME", "state"), "/home/ann"));
  }

  @Test
  void thePropertyWins() {
    assertEquals(
        Path.of("/tmp/own"),
        UserState.folder("/tmp/own", Map.of("XDG_STATE_HOME", "/var/state"), "/home/ann"));
  }
}
