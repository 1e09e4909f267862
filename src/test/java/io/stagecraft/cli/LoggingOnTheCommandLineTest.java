package io.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line, run as a user runs it (its own JVM, through {@code Main}), keeps the libraries'
 * info and debug off standard error unless {@code --verbose} asks for them. The engine is a port
 * that accepts each connection and closes it unanswered, which makes Apache HttpClient retry and
 * log "Recoverable I/O exception" at INFO, as a flaky engine did.
 */
class LoggingOnTheCommandLineTest {
  @TempDir Path dir;
  private ServerSocket hangUp;
  private Thread acceptor;

  @BeforeEach
  void startAnEngineThatHangsUp() throws IOException {
    hangUp = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor =
        new Thread(
            () -> {
              while (!hangUp.isClosed()) {
                try (Socket s = hangUp.accept()) {
                  // Closed unanswered.
                } catch (IOException stopped) {
                  return;
                }
              }
            },
            "hang-up-engine");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  @AfterEach
  void stop() throws IOException {
    hangUp.close();
  }

  private record Run(int exit, String out, String err) {}

  /** {@code split} of an uncatalogued runtime asks the engine about it by default. */
  private Run split(String... options) throws Exception {
    Path dockerfile =
        Files.writeString(
            dir.resolve("Dockerfile"),
            "FROM debian:bookworm\nCOPY app.py /app/\nRUN python3 -m py_compile /app/app.py\n"
                + "CMD [\"python3\", \"/app/app.py\"]\n");
    Files.writeString(dir.resolve("app.py"), "print('hi')\n");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "io.stagecraft.app.Main"));
    command.addAll(List.of(options));
    command.addAll(List.of("split", "--runtime", "example.org/python-runtime:1", "--context"));
    command.add(dir.toString());
    command.add(dockerfile.toString());
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("DOCKER_HOST", "tcp://127.0.0.1:" + hangUp.getLocalPort());
    builder.environment().remove("DOCKER_TLS_VERIFY");
    builder.redirectOutput(dir.resolve("out.txt").toFile());
    builder.redirectError(dir.resolve("err.txt").toFile());
    Process process = builder.start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command line did not end in 60 s");
    return new Run(
        process.exitValue(),
        Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  private static List<String> linesStartingWith(String text, String... levels) {
    return text.lines().filter(l -> List.of(levels).contains(l.split(" ", 2)[0])).toList();
  }

  @Test
  void byDefaultNoInfoOrDebugOfTheLibrariesReachesStandardError() throws Exception {
    Run run = split();
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("FROM example.org/python-runtime:1"), run.out());
    assertTrue(
        run.err().contains("no Docker engine"),
        "the user still hears of the engine:\n" + run.err());
    assertEquals(List.of(), linesStartingWith(run.err(), "INFO", "FINE", "FINER", "FINEST"));
    assertTrue(!run.err().contains("Recoverable I/O exception"), run.err());
  }

  @Test
  void verboseLetsTheLibrariesInfoAndDebugThrough() throws Exception {
    Run run = split("--verbose");
    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.err()
            .lines()
            .anyMatch(l -> l.matches("INFO org\\.apache\\.hc\\..*Recoverable I/O exception.*")),
        run.err());
    assertTrue(
        run.err().lines().anyMatch(l -> l.matches("FINE org\\.apache\\.hc\\..*")), run.err());
    // The JDK's own debug (every certificate of the trust store) is no library's news.
    assertEquals(List.of(), run.err().lines().filter(l -> l.startsWith("FINE jdk.")).toList());
    // The wire log would copy every byte sent, build contexts included.
    assertTrue(!run.err().contains("org.apache.hc.client5.http.wire"), run.err());
  }
}
