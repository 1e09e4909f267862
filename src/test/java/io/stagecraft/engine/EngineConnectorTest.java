package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connection failures, against real sockets on this machine where no engine listens. */
class EngineConnectorTest {

  @TempDir Path temp;

  private static EngineStatus.Unavailable unavailable(EngineStatus status) {
    return assertInstanceOf(EngineStatus.Unavailable.class, status);
  }

  @Test
  void aMissingUnixSocketIsUnreachableAndSaysWhere() {
    Path socket = temp.resolve("docker.sock");
    EngineEndpoint endpoint = EngineEndpoint.of(URI.create("unix://" + socket), "test");
    EngineStatus.Unavailable u = unavailable(new EngineConnector().connect(endpoint));
    assertEquals(EngineProblem.UNREACHABLE, u.problem());
    assertEquals(endpoint, u.endpoint());
    assertTrue(u.message().contains(socket.toString()), u.message());
    assertTrue(u.connection().isEmpty());
  }

  @Test
  void aClosedTcpPortIsUnreachable() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    EngineEndpoint endpoint = EngineEndpoint.of(URI.create("tcp://127.0.0.1:" + port), "test");
    EngineStatus.Unavailable u = unavailable(new EngineConnector().connect(endpoint));
    assertEquals(EngineProblem.UNREACHABLE, u.problem());
    assertTrue(u.message().contains("Connection refused"), u.message());
  }

  @Test
  void aPeerThatNeverAnswersIsGivenUpOnInTime() throws IOException {
    // A listening socket that is never read: the connection opens, and no answer ever comes.
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      EngineEndpoint endpoint =
          EngineEndpoint.of(URI.create("tcp://127.0.0.1:" + silent.getLocalPort()), "test");
      long start = System.nanoTime();
      EngineStatus status = new EngineConnector(Duration.ofSeconds(1)).connect(endpoint);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      EngineStatus.Unavailable u = unavailable(status);
      assertEquals(EngineProblem.UNREACHABLE, u.problem());
      assertTrue(took.compareTo(Duration.ofSeconds(4)) < 0, "took " + took);
      assertTrue(u.message().contains("127.0.0.1:" + silent.getLocalPort()), u.message());
    }
  }

  @Test
  void anHttpServerThatIsNotAnEngineIsAProtocolProblem() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = "<html>not here</html>".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(404, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      EngineEndpoint endpoint =
          EngineEndpoint.of(URI.create("tcp://127.0.0.1:" + server.getAddress().getPort()), "test");
      EngineStatus.Unavailable u = unavailable(new EngineConnector().connect(endpoint));
      assertEquals(EngineProblem.PROTOCOL, u.problem());
      assertTrue(u.message().contains("HTTP 404"), u.message());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void missingTlsFilesAreAConfigurationProblem() {
    EngineEndpoint endpoint =
        new EngineEndpoint(
            URI.create("tcp://127.0.0.1:2376"),
            TlsSettings.verified(temp.resolve("missing")),
            "test");
    EngineStatus.Unavailable u = unavailable(new EngineConnector().connect(endpoint));
    assertEquals(EngineProblem.CONFIGURATION, u.problem());
    assertTrue(u.message().contains("missing"), u.message());
  }

  @Test
  void aDiscoveryErrorIsReportedWithoutAnEndpoint() {
    EndpointDiscovery discovery =
        new EndpointDiscovery(Map.of("DOCKER_HOST", "ssh://me@host"), temp);
    EngineStatus.Unavailable u = unavailable(new EngineConnector().connect(discovery));
    assertEquals(EngineProblem.CONFIGURATION, u.problem());
    assertNull(u.endpoint());
    assertTrue(u.message().contains("ssh://"), u.message());
  }

  @Test
  void timeoutsMustBePositiveAndBounded() {
    assertThrows(IllegalArgumentException.class, () -> new EngineConnector(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> new EngineConnector(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> new EngineConnector(Duration.ofHours(1)));
  }
}
