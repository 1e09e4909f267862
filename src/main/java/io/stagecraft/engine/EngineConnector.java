package io.stagecraft.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.transport.SSLConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Connects to a Docker engine: probes it with a bounded wait, negotiates the API version, and opens
 * a docker-java client pinned to that version. Failures come back as {@link
 * EngineStatus.Unavailable}, never as exceptions.
 */
public final class EngineConnector {

  /** How long a connection attempt may take before the engine counts as unreachable. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  private static final Duration MAX_TIMEOUT = Duration.ofMinutes(1);

  private final Duration timeout;

  public EngineConnector() {
    this(DEFAULT_TIMEOUT);
  }

  /**
   * @param timeout the longest a connection attempt may take, from 1 ms to 1 minute
   */
  public EngineConnector(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
      throw new IllegalArgumentException(
          "connection timeout must be above zero and at most " + MAX_TIMEOUT + ": " + timeout);
    }
    this.timeout = timeout;
  }

  public Duration timeout() {
    return timeout;
  }

  /** Connects to the engine this process's environment and home directory point at. */
  public EngineStatus connect() {
    return connect(EndpointDiscovery.fromSystem());
  }

  /** Discovers the endpoint, then connects to it. */
  public EngineStatus connect(EndpointDiscovery discovery) {
    EngineEndpoint endpoint;
    try {
      endpoint = discovery.discover();
    } catch (EngineException e) {
      return EngineStatus.Unavailable.of(null, e);
    }
    return connect(endpoint);
  }

  /** Connects to {@code endpoint}, taking at most about {@link #timeout()}. */
  public EngineStatus connect(EngineEndpoint endpoint) {
    Objects.requireNonNull(endpoint, "endpoint");
    try {
      SSLConfig tls = endpoint.tls() == null ? null : PemTlsConfig.load(endpoint.tls());
      Probed probed = probe(endpoint, tls);
      ApiVersion version = ApiNegotiation.negotiate(probed.api(), probed.info().minApiVersion());
      return new EngineStatus.Connected(open(endpoint, tls, probed.info(), version));
    } catch (EngineException e) {
      return EngineStatus.Unavailable.of(endpoint, e);
    } catch (RuntimeException e) {
      // docker-java and the transport throw unchecked exceptions; callers get a value either way.
      return EngineStatus.Unavailable.of(endpoint, EngineErrors.classify(endpoint, e));
    }
  }

  private record Probed(ApiVersion api, EngineInfo info) {}

  private Probed probe(EngineEndpoint endpoint, SSLConfig tls) throws EngineException {
    // The probe has its own client with a read timeout; the long-lived client must not have one,
    // since a build can stay silent for minutes.
    DockerHttpClient http = transport(endpoint, tls, true);
    ExecutorService worker =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "stagecraft-engine-probe");
              t.setDaemon(true);
              return t;
            });
    try {
      EngineProbe probe = new EngineProbe(http, endpoint);
      Future<Probed> answer =
          worker.submit(
              () -> {
                Optional<ApiVersion> pinged = probe.ping();
                EngineInfo info = probe.version();
                return new Probed(pinged.orElse(info.apiVersion()), info);
              });
      try {
        // Socket timeouts alone do not bound DNS lookups or a peer that trickles bytes; this does.
        return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        answer.cancel(true);
        throw new EngineException(
            EngineProblem.UNREACHABLE,
            "no answer from " + endpoint.describe() + " within " + seconds(timeout),
            e);
      } catch (ExecutionException e) {
        throw EngineErrors.classify(endpoint, e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new EngineException(
            EngineProblem.UNREACHABLE, "interrupted while connecting to " + endpoint.describe(), e);
      }
    } finally {
      worker.shutdownNow();
      closeQuietly(http);
    }
  }

  private EngineConnection open(
      EngineEndpoint endpoint, SSLConfig tls, EngineInfo info, ApiVersion version)
      throws EngineException {
    DockerHttpClient http = transport(endpoint, tls, false);
    // A builder that reads no environment, and an empty config directory: discovery has already
    // decided host and TLS, and docker-java would otherwise re-read DOCKER_* variables and
    // config.json, and throw on a malformed one.
    DefaultDockerClientConfig config =
        new DefaultDockerClientConfig.Builder()
            .withDockerHost(endpoint.host().toString())
            .withApiVersion(version.toString())
            .withDockerTlsVerify(false)
            .withDockerConfig(emptyDockerConfigDirectory().toString())
            .build();
    DockerClient client = DockerClientImpl.getInstance(config, http);
    return new EngineConnection(
        endpoint, info, version, http, client, () -> transport(endpoint, tls, false));
  }

  private static Path emptyConfigDirectory;

  private static synchronized Path emptyDockerConfigDirectory() throws EngineException {
    if (emptyConfigDirectory == null || !Files.isDirectory(emptyConfigDirectory)) {
      try {
        Path dir = Files.createTempDirectory("stagecraft-docker-java-");
        dir.toFile().deleteOnExit();
        emptyConfigDirectory = dir;
      } catch (IOException e) {
        throw new EngineException(
            EngineProblem.CONFIGURATION,
            "cannot create a temporary directory: " + e.getMessage(),
            e);
      }
    }
    return emptyConfigDirectory;
  }

  private DockerHttpClient transport(EngineEndpoint endpoint, SSLConfig tls, boolean probe) {
    ApacheDockerHttpClient.Builder builder =
        new ApacheDockerHttpClient.Builder()
            .dockerHost(endpoint.host())
            .sslConfig(tls)
            .connectionTimeout(timeout)
            .maxConnections(probe ? 2 : 32);
    if (probe) {
      builder.responseTimeout(timeout);
    }
    return builder.build();
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
  }

  private static void closeQuietly(DockerHttpClient http) {
    try {
      http.close();
    } catch (IOException | RuntimeException ignored) {
      // Closing the probe only frees its sockets; its answer, or error, is already known.
    }
  }
}
