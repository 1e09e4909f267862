package io.stagecraft.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code open} as the desktop entry's {@code Exec=... open %f} runs it: with the file a file
 * manager opens, and with no file at all from the applications menu, where {@code %f} expands to
 * nothing.
 */
class OpenCommandTest {
  @Test
  void takesTheFileAFileManagerPasses() {
    OpenCommand open = new OpenCommand();
    new CommandLine(open).parseArgs("/home/user/app/Dockerfile");
    assertEquals(Path.of("/home/user/app/Dockerfile"), open.file);
  }

  @Test
  void needsNoFileWhenStartedFromTheMenu() {
    OpenCommand open = new OpenCommand();
    new CommandLine(open).parseArgs();
    assertNull(open.file);
  }
}
