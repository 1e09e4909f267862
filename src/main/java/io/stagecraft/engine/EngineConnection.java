package io.stagecraft.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An open connection to one engine: a docker-java client pinned to the negotiated API version, and
 * the raw HTTP client under it for calls docker-java lacks (image history, BuildKit builds).
 */
public final class EngineConnection implements AutoCloseable {

  private final EngineEndpoint endpoint;
  private final EngineInfo info;
  private final ApiVersion apiVersion;
  private final DockerHttpClient http;
  private final DockerClient client;
  private final Supplier<DockerHttpClient> transports;

  /**
   * @param transports makes a new transport to the same engine, with the same settings as {@code
   *     http}, for {@link #openTransport()}
   */
  EngineConnection(
      EngineEndpoint endpoint,
      EngineInfo info,
      ApiVersion apiVersion,
      DockerHttpClient http,
      DockerClient client,
      Supplier<DockerHttpClient> transports) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.info = Objects.requireNonNull(info, "info");
    this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
    this.http = Objects.requireNonNull(http, "http");
    this.client = Objects.requireNonNull(client, "client");
    this.transports = Objects.requireNonNull(transports, "transports");
  }

  public EngineEndpoint endpoint() {
    return endpoint;
  }

  public EngineInfo info() {
    return info;
  }

  /** The API version every request of {@link #client()} uses: never above the engine's. */
  public ApiVersion apiVersion() {
    return apiVersion;
  }

  public DockerClient client() {
    return client;
  }

  /**
   * The transport under {@link #client()}. Paths sent through it are not versioned by docker-java:
   * prefix them with {@code "/v" + apiVersion()}.
   */
  public DockerHttpClient http() {
    return http;
  }

  /**
   * A transport of its own to the same engine, for one long call that must stop at once when asked
   * (a build): closing it drops its connection, whatever it is in the middle of. Closing the shared
   * {@link #http()} would stop every other call, and closing a response or its stream is no way to
   * stop one, since a transport may read the rest of the body first to reuse the connection. The
   * caller closes it.
   */
  DockerHttpClient openTransport() {
    return transports.get();
  }

  @Override
  public void close() {
    try {
      // DockerClientImpl.close() closes the transport it was given.
      client.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing the connection to " + endpoint.describe(), e);
    }
  }

  @Override
  public String toString() {
    return info.summary() + " at " + endpoint.describe() + ", speaking API " + apiVersion;
  }
}
