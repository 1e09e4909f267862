package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.model.Image;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A remote engine over TCP with mutual TLS: a second dockerd on 127.0.0.1 with certificates made by
 * openssl, reached the way DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH say.
 */
class RemoteTlsEngineIT {

  private static Path dir;
  private static TestCertificates certs;
  private static SecondDockerDaemon daemon;
  private static String setupProblem;

  @BeforeAll
  static void startDaemon() throws Exception {
    setupProblem = SecondDockerDaemon.unavailableReason();
    if (setupProblem == null && !TestCertificates.opensslAvailable()) {
      setupProblem = "openssl is not installed";
    }
    if (setupProblem != null) {
      return;
    }
    // Not @TempDir: dockerd's state must outlive nothing but this class, and is removed in
    // teardown.
    dir = Files.createTempDirectory("stagecraft-tls-");
    certs = TestCertificates.create(dir.resolve("pki"));
    daemon = SecondDockerDaemon.start(dir.resolve("dockerd"), certs.serverDir);
    daemon.awaitListening(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stopDaemon() throws Exception {
    try {
      if (daemon != null) {
        daemon.close();
      }
    } finally {
      if (dir != null) {
        deleteTree(dir);
      }
    }
  }

  @BeforeEach
  void requireDaemon() {
    if (setupProblem != null) {
      EngineTests.require(
          new EngineStatus.Unavailable(null, EngineProblem.UNREACHABLE, setupProblem));
    }
  }

  private static Map<String, String> tlsEnv(Path certPath) {
    return Map.of(
        "DOCKER_HOST", daemon.tcpHost().toString(),
        "DOCKER_TLS_VERIFY", "1",
        "DOCKER_CERT_PATH", certPath.toString());
  }

  private static EngineStatus connect(Map<String, String> env) {
    return new EngineConnector().connect(new EndpointDiscovery(env, dir));
  }

  @Test
  void connectsWithVerifiedMutualTlsAndReadsEngineInfo() {
    EngineStatus status = connect(tlsEnv(certs.clientDir));
    if (status instanceof EngineStatus.Unavailable u) {
      throw new AssertionError(u.message() + "\n" + daemon.logTail());
    }
    try (EngineConnection engine = status.connection().orElseThrow()) {
      assertEquals(daemon.tcpHost(), engine.endpoint().host());
      assertTrue(engine.endpoint().tls().verifyServer());
      EngineInfo info = engine.info();
      assertFalse(info.serverVersion().isBlank());
      assertEquals("linux", info.os());
      assertEquals(
          ApiVersion.min(info.apiVersion(), ApiNegotiation.NEWEST_CLIENT_VERSION),
          engine.apiVersion());
      // A fresh data root: this is the second daemon, not the machine's engine with its images.
      List<Image> images = engine.client().listImagesCmd().exec();
      List<String> tags =
          images.stream()
              .map(Image::getRepoTags)
              .filter(Objects::nonNull)
              .flatMap(Arrays::stream)
              .toList();
      assertFalse(tags.contains("stagecraft/busybox:latest"), tags.toString());
      assertEquals(info.serverVersion(), engine.client().versionCmd().exec().getVersion());
    }
  }

  @Test
  void theUnixSocketOfTheSameDaemonReportsTheSameEngine() {
    EngineStatus overTls = connect(tlsEnv(certs.clientDir));
    EngineStatus overSocket = connect(Map.of("DOCKER_HOST", "unix://" + daemon.socket));
    try (EngineConnection tls = assertInstanceOf(EngineStatus.Connected.class, overTls).engine();
        EngineConnection local =
            assertInstanceOf(EngineStatus.Connected.class, overSocket).engine()) {
      assertEquals(local.info(), tls.info());
    }
  }

  @Test
  void withoutAClientCertificateTheServerRefuses() throws IOException {
    Path caOnly = Files.createDirectories(dir.resolve("ca-only"));
    Files.copy(certs.clientDir.resolve("ca.pem"), caOnly.resolve("ca.pem"));
    EngineStatus.Unavailable u =
        assertInstanceOf(EngineStatus.Unavailable.class, connect(tlsEnv(caOnly)));
    assertEquals(EngineProblem.TLS, u.problem(), u.message());
  }

  @Test
  void aServerSignedByAnotherCaIsRejected() throws Exception {
    Path otherCa = dir.resolve("other-ca");
    TestCertificates.createCa(otherCa, "Some other CA");
    Path mixed = Files.createDirectories(dir.resolve("mixed"));
    Files.copy(otherCa.resolve("ca.pem"), mixed.resolve("ca.pem"));
    Files.copy(certs.clientDir.resolve("cert.pem"), mixed.resolve("cert.pem"));
    Files.copy(certs.clientDir.resolve("key.pem"), mixed.resolve("key.pem"));
    EngineStatus.Unavailable u =
        assertInstanceOf(EngineStatus.Unavailable.class, connect(tlsEnv(mixed)));
    assertEquals(EngineProblem.TLS, u.problem(), u.message());
  }

  @Test
  void theSameWrongCaIsAcceptedWhenVerificationIsOff() throws Exception {
    Path otherCa = dir.resolve("other-ca-2");
    TestCertificates.createCa(otherCa, "Yet another CA");
    Path unverified = Files.createDirectories(dir.resolve("unverified"));
    Files.copy(otherCa.resolve("ca.pem"), unverified.resolve("ca.pem"));
    Files.copy(certs.clientDir.resolve("cert.pem"), unverified.resolve("cert.pem"));
    Files.copy(certs.clientDir.resolve("key.pem"), unverified.resolve("key.pem"));
    // DOCKER_CERT_PATH without DOCKER_TLS_VERIFY: TLS with the client certificate, server
    // unchecked.
    EngineStatus status =
        connect(
            Map.of(
                "DOCKER_HOST",
                daemon.tcpHost().toString(),
                "DOCKER_CERT_PATH",
                unverified.toString()));
    try (EngineConnection engine =
        assertInstanceOf(EngineStatus.Connected.class, status).engine()) {
      assertFalse(engine.endpoint().tls().verifyServer());
      assertFalse(engine.info().serverVersion().isBlank());
    }
  }

  @Test
  void plainHttpToTheTlsPortIsNotMistakenForAnEngine() {
    EngineStatus.Unavailable u =
        assertInstanceOf(
            EngineStatus.Unavailable.class,
            connect(Map.of("DOCKER_HOST", daemon.tcpHost().toString())));
    assertEquals(EngineProblem.PROTOCOL, u.problem(), u.message());
    assertTrue(u.message().contains("HTTP 400"), u.message());
  }

  @Test
  void aContextMadeByTheDockerCliIsFoundAndUsed() throws Exception {
    // The real CLI writes config.json, meta.json and the TLS files; discovery must read its layout.
    Path config = Files.createDirectories(dir.resolve("cli-config"));
    String docker =
        "host="
            + daemon.tcpHost()
            + ",ca="
            + certs.clientDir.resolve("ca.pem")
            + ",cert="
            + certs.clientDir.resolve("cert.pem")
            + ",key="
            + certs.clientDir.resolve("key.pem");
    dockerCli(config, "context", "create", "stagecraft-remote", "--docker", docker);
    dockerCli(config, "context", "use", "stagecraft-remote");

    EndpointDiscovery discovery =
        new EndpointDiscovery(Map.of("DOCKER_CONFIG", config.toString()), dir);
    EngineEndpoint endpoint = discovery.discover();
    assertEquals("Docker context 'stagecraft-remote'", endpoint.origin());
    assertEquals(daemon.tcpHost(), endpoint.host());
    assertTrue(endpoint.tls().verifyServer());
    EngineStatus status = new EngineConnector().connect(endpoint);
    try (EngineConnection engine =
        assertInstanceOf(EngineStatus.Connected.class, status).engine()) {
      assertEquals("linux", engine.info().os());
    }
  }

  private static void dockerCli(Path config, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("docker", "--config", config.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "docker-cli", ".log");
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("DOCKER_"));
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      EngineTests.require(
          new EngineStatus.Unavailable(
              null,
              EngineProblem.UNREACHABLE,
              "the docker CLI is not installed: " + e.getMessage()));
      return;
    }
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("docker CLI did not finish: " + command);
    }
    assertEquals(0, p.exitValue(), command + "\n" + Files.readString(out));
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
