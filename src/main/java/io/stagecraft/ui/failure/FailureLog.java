package io.stagecraft.ui.failure;

import io.stagecraft.ui.UserState;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Where failures nobody caught are written: {@code errors.log} in the user's state folder ({@link
 * UserState}: {@code $XDG_STATE_HOME/stagecraft}, else {@code ~/.local/state/stagecraft}), so a
 * report can quote them after the dialog is gone.
 */
public final class FailureLog {
  private final Path file;

  public FailureLog(Path folder) {
    this.file = folder.resolve("errors.log");
  }

  /** The log in the state folder of the user running the app ({@link UserState}). */
  public static FailureLog forUser() {
    return new FailureLog(UserState.folder());
  }

  public Path file() {
    return file;
  }

  /**
   * Appends the failure with its time and thread; returns false when the log cannot be written,
   * which must not become a failure of its own.
   */
  public boolean append(Thread thread, Throwable failure) {
    String entry = Instant.now() + " on thread \"" + thread.getName() + "\"\n" + details(failure);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          entry + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The stack trace, with causes, as the JVM prints it. */
  public static String details(Throwable failure) {
    StringWriter out = new StringWriter();
    failure.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
