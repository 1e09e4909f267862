package io.stagecraft.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * How much Stagecraft and its libraries log, and where. Everything logs through {@code
 * java.util.logging}: the app's own {@link System.Logger}s, LSP4J, and docker-java and Apache
 * HttpClient through slf4j-jdk14. By default only warnings and errors pass, so a library's INFO
 * (Apache HttpClient's "Recoverable I/O exception", for one) never mixes into a command's output;
 * {@code --verbose} lets info and debug through. The command line logs to standard error; the
 * desktop app to a file ({@code io.stagecraft.app.DesktopLog}).
 */
public final class LogSetup {
  /** What passes by default. */
  public static final Level QUIET = Level.WARNING;

  /** What passes with {@code --verbose}: slf4j's info and debug, from the app and its libraries. */
  public static final Level VERBOSE = Level.FINE;

  /**
   * Loggers that stay at INFO with {@code --verbose}: Apache HttpClient's wire log, which copies
   * every byte sent and received, build contexts included, and the JDK's and JavaFX's own, which at
   * debug level list every certificate of the trust store. Held here, since java.util.logging keeps
   * loggers only weakly and would forget the level set on them.
   */
  private static final List<Logger> KEPT_AT_INFO =
      Stream.of(
              "org.apache.hc.client5.http.wire", "java", "javax", "jdk", "sun", "com.sun", "javafx")
          .map(Logger::getLogger)
          .toList();

  private LogSetup() {}

  /** The command line's logging: warnings and errors, one line each, on standard error. */
  public static void toStandardError() {
    Handler console = new ConsoleHandler();
    console.setFormatter(new OneLine(false));
    replaceHandlers(console);
  }

  /** Lets info and debug through as well, wherever the logs go. */
  public static void verbose() {
    Logger root = root();
    root.setLevel(VERBOSE);
    for (Handler h : root.getHandlers()) {
      h.setLevel(VERBOSE);
    }
    KEPT_AT_INFO.forEach(logger -> logger.setLevel(Level.INFO));
  }

  /** Whether {@link #verbose()} was asked for. */
  public static boolean isVerbose() {
    return root().getLevel().intValue() <= VERBOSE.intValue();
  }

  /**
   * Makes {@code handler} the only one, at the current level: {@link #QUIET} unless verbose was
   * already asked for.
   */
  public static void replaceHandlers(Handler handler) {
    boolean wasVerbose = isVerbose();
    LogManager.getLogManager().reset();
    Logger root = root();
    root.setLevel(QUIET);
    handler.setLevel(QUIET);
    root.addHandler(handler);
    if (wasVerbose) {
      verbose();
    }
  }

  private static Logger root() {
    return Logger.getLogger("");
  }

  /** {@code LEVEL logger: message}, with the time in front for a file, and any stack trace. */
  public static final class OneLine extends Formatter {
    private final boolean withTime;

    public OneLine(boolean withTime) {
      this.withTime = withTime;
    }

    @Override
    public String format(LogRecord record) {
      StringBuilder line = new StringBuilder();
      if (withTime) {
        line.append(record.getInstant()).append(' ');
      }
      line.append(record.getLevel().getName())
          .append(' ')
          .append(record.getLoggerName())
          .append(": ")
          .append(formatMessage(record))
          .append(System.lineSeparator());
      if (record.getThrown() != null) {
        StringWriter trace = new StringWriter();
        record.getThrown().printStackTrace(new PrintWriter(trace));
        line.append(trace);
      }
      return line.toString();
    }
  }
}
