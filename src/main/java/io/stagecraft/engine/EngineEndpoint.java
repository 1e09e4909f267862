package io.stagecraft.engine;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a Docker engine listens and how to reach it.
 *
 * @param host {@code unix:///path}, {@code npipe:////./pipe/name} or {@code tcp://host:port}
 * @param tls TLS settings for a TCP host, or {@code null} for plain HTTP and local sockets
 * @param origin where this endpoint came from, for messages ("DOCKER_HOST", "Docker context 'x'",
 *     "default socket")
 */
public record EngineEndpoint(URI host, TlsSettings tls, String origin) {

  /** The socket a local Linux engine listens on when nothing else is configured. */
  public static final URI DEFAULT_SOCKET = URI.create("unix:///var/run/docker.sock");

  public EngineEndpoint {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(origin, "origin");
    String scheme = host.getScheme();
    if (!"unix".equals(scheme) && !"npipe".equals(scheme) && !"tcp".equals(scheme)) {
      throw new IllegalArgumentException("unsupported engine host scheme: " + host);
    }
    if (tls != null && !"tcp".equals(scheme)) {
      throw new IllegalArgumentException("TLS applies to tcp:// hosts only, not " + host);
    }
  }

  /** A local socket or plain-HTTP endpoint. */
  public static EngineEndpoint of(URI host, String origin) {
    return new EngineEndpoint(host, null, origin);
  }

  public Optional<TlsSettings> tlsSettings() {
    return Optional.ofNullable(tls);
  }

  /**
   * A one-line description such as {@code tcp://127.0.0.1:2376 (TLS, verified; from DOCKER_HOST)}.
   */
  public String describe() {
    String security =
        tls == null ? "" : tls.verifyServer() ? "TLS, verified; " : "TLS, unverified; ";
    return host + " (" + security + "from " + origin + ")";
  }
}
