package io.stagecraft.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The desktop's log file receives the libraries' and the app's warnings, not their info, and stays
 * within its size bound however much is logged.
 */
class DesktopLogTest {
  @TempDir Path state;
  private final Logger root = Logger.getLogger("");
  private Handler[] handlersBefore;
  private Level levelBefore;

  @BeforeEach
  void keepLogging() {
    handlersBefore = root.getHandlers();
    levelBefore = root.getLevel();
  }

  @AfterEach
  void restoreLogging() {
    for (Handler h : root.getHandlers()) {
      root.removeHandler(h);
      h.close();
    }
    for (Handler h : handlersBefore) {
      root.addHandler(h);
    }
    root.setLevel(levelBefore);
  }

  @Test
  void warningsOfLibrariesAndTheAppGoToTheFileInTheStateFolder() throws Exception {
    Path file = DesktopLog.install(state.resolve("stagecraft")).orElseThrow();
    assertEquals(state.resolve("stagecraft/stagecraft.0.log"), file);

    // A library logging through slf4j, as Apache HttpClient does, and the app's own System.Logger.
    org.slf4j.Logger library = LoggerFactory.getLogger("org.apache.hc.client5.http.Example");
    library.info("Recoverable I/O exception caught when processing request");
    library.warn("the connection pool is exhausted");
    System.getLogger("io.stagecraft.Example").log(System.Logger.Level.INFO, "window painted");
    System.getLogger("io.stagecraft.Example")
        .log(System.Logger.Level.ERROR, "could not derive the stage graph");
    flush();

    String log = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(
        log.contains(
            "WARNING org.apache.hc.client5.http.Example: the connection pool is exhausted"),
        log);
    assertTrue(log.contains("SEVERE io.stagecraft.Example: could not derive the stage graph"), log);
    assertFalse(log.contains("Recoverable I/O exception"), log);
    assertFalse(log.contains("window painted"), log);
  }

  @Test
  void theLogRotatesAndKeepsAtMostThreeFilesOfOneMebibyte() throws Exception {
    Path folder = state.resolve("stagecraft");
    DesktopLog.install(folder).orElseThrow();
    org.slf4j.Logger library = LoggerFactory.getLogger("org.example.Chatty");
    String kib = "x".repeat(1024);
    for (int i = 0; i < 5 * 1024; i++) {
      library.warn("{} {}", i, kib);
    }
    flush();

    List<Path> logs;
    try (Stream<Path> files = Files.list(folder)) {
      logs = files.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().toList();
    }
    assertEquals(
        List.of(
            folder.resolve("stagecraft.0.log"),
            folder.resolve("stagecraft.1.log"),
            folder.resolve("stagecraft.2.log")),
        logs);
    for (Path log : logs) {
      // A record that starts below the limit is written whole.
      assertTrue(Files.size(log) <= DesktopLog.LIMIT_BYTES + 2048, log + ": " + Files.size(log));
    }
    assertTrue(Files.readString(logs.get(0)).contains(" 5119 "), "the newest lines are in .0");
  }

  private void flush() {
    for (Handler h : root.getHandlers()) {
      h.flush();
    }
  }
}
