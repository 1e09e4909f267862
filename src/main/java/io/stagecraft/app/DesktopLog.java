package io.stagecraft.app;

import io.stagecraft.cli.LogSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.FileHandler;

/**
 * The desktop app's log: {@code stagecraft.0.log} in the user's state folder, where a window
 * started from a menu has no terminal to log to. It holds warnings and errors (and info and debug
 * after {@code open --verbose}); it rotates at {@value #LIMIT_BYTES} bytes and keeps {@value
 * #FILES} files ({@code stagecraft.0.log} the newest), so it never grows past about 3 MiB.
 */
final class DesktopLog {
  static final int LIMIT_BYTES = 1024 * 1024;
  static final int FILES = 3;

  private DesktopLog() {}

  /**
   * Sends the logs to the files in {@code folder}. Returns the current file, or empty when the
   * folder cannot be written; the logs then stay where they were, and the app goes on.
   */
  static Optional<Path> install(Path folder) {
    try {
      Files.createDirectories(folder);
      // FileHandler reads % as the start of a pattern item; a folder name may hold one.
      String pattern = folder.toAbsolutePath().toString().replace("%", "%%") + "/stagecraft.%g.log";
      FileHandler file = new FileHandler(pattern, LIMIT_BYTES, FILES, true);
      file.setEncoding("UTF-8");
      file.setFormatter(new LogSetup.OneLine(true));
      LogSetup.replaceHandlers(file);
      return Optional.of(folder.resolve("stagecraft.0.log"));
    } catch (IOException | RuntimeException e) {
      System.getLogger(DesktopLog.class.getName())
          .log(System.Logger.Level.WARNING, "cannot log to " + folder + ": " + e);
      return Optional.empty();
    }
  }
}
