package io.stagecraft.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the engine the Docker CLI would use, in the CLI's order: {@code DOCKER_HOST} (with {@code
 * DOCKER_TLS_VERIFY} and {@code DOCKER_CERT_PATH}); else the Docker context named by {@code
 * DOCKER_CONTEXT} or by {@code currentContext} in {@code config.json}; else the default socket.
 *
 * <p>The environment and the home directory are passed in, so nothing here reads the process's own.
 */
public final class EndpointDiscovery {

  static final int DEFAULT_PLAIN_PORT = 2375;
  static final int DEFAULT_TLS_PORT = 2376;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> env;
  private final Path home;

  public EndpointDiscovery(Map<String, String> env, Path home) {
    this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
    this.home = Objects.requireNonNull(home, "home");
  }

  /** Discovery over this process's environment and {@code user.home}. */
  public static EndpointDiscovery fromSystem() {
    return new EndpointDiscovery(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /** The Docker CLI's configuration directory: {@code DOCKER_CONFIG}, else {@code ~/.docker}. */
  public Path configDirectory() {
    return get("DOCKER_CONFIG").map(Path::of).orElse(home.resolve(".docker"));
  }

  /**
   * Returns the endpoint to use.
   *
   * @throws EngineException with {@link EngineProblem#CONFIGURATION} when the configuration that
   *     applies is malformed or points at files that do not exist
   */
  public EngineEndpoint discover() throws EngineException {
    Optional<String> dockerHost = get("DOCKER_HOST");
    if (dockerHost.isPresent()) {
      return fromEnvironment(dockerHost.get());
    }
    Optional<String> contextName = get("DOCKER_CONTEXT");
    String contextOrigin = "DOCKER_CONTEXT";
    if (contextName.isEmpty()) {
      contextName = currentContextFromConfig();
      contextOrigin = configDirectory().resolve("config.json").toString();
    }
    // "default" is the CLI's name for "no context": the environment and the default socket.
    if (contextName.isPresent() && !"default".equals(contextName.get())) {
      return fromContext(contextName.get(), contextOrigin);
    }
    return EngineEndpoint.of(EngineEndpoint.DEFAULT_SOCKET, "default socket");
  }

  private EngineEndpoint fromEnvironment(String dockerHost) throws EngineException {
    // The Docker CLI turns verification on for any non-empty DOCKER_TLS_VERIFY, "0" included.
    boolean verify = get("DOCKER_TLS_VERIFY").isPresent();
    Optional<String> certPath = get("DOCKER_CERT_PATH");
    // As in the CLI, a certificate directory or DOCKER_TLS alone means TLS without verification.
    boolean tls = verify || certPath.isPresent() || get("DOCKER_TLS").isPresent();
    URI host = parseHost(dockerHost, tls, "DOCKER_HOST");
    if (!"tcp".equals(host.getScheme()) || !tls) {
      return EngineEndpoint.of(host, "DOCKER_HOST");
    }
    Path certs;
    if (certPath.isPresent()) {
      certs = Path.of(certPath.get());
      if (!Files.isDirectory(certs)) {
        throw new EngineException(
            EngineProblem.CONFIGURATION,
            "DOCKER_CERT_PATH is not a directory: " + certs.toAbsolutePath());
      }
    } else {
      certs = configDirectory();
    }
    return new EngineEndpoint(host, new TlsSettings(certs, verify), "DOCKER_HOST");
  }

  private Optional<String> currentContextFromConfig() throws EngineException {
    Path config = configDirectory().resolve("config.json");
    if (!Files.isRegularFile(config)) {
      return Optional.empty();
    }
    JsonNode root = readJson(config, "Docker CLI configuration");
    JsonNode current = root.path("currentContext");
    if (current.isMissingNode() || current.isNull()) {
      return Optional.empty();
    }
    if (!current.isTextual()) {
      throw new EngineException(
          EngineProblem.CONFIGURATION, "currentContext in " + config + " is not a string");
    }
    return Optional.of(current.asText()).filter(s -> !s.isBlank());
  }

  private EngineEndpoint fromContext(String name, String namedBy) throws EngineException {
    String id = contextId(name);
    Path contexts = configDirectory().resolve("contexts");
    Path meta = contexts.resolve("meta").resolve(id).resolve("meta.json");
    String origin = "Docker context '" + name + "'";
    if (!Files.isRegularFile(meta)) {
      throw new EngineException(
          EngineProblem.CONFIGURATION,
          origin + " (named by " + namedBy + ") does not exist: no " + meta);
    }
    JsonNode docker = readJson(meta, origin + " metadata").path("Endpoints").path("docker");
    JsonNode hostNode = docker.path("Host");
    if (!hostNode.isTextual() || hostNode.asText().isBlank()) {
      throw new EngineException(
          EngineProblem.CONFIGURATION, origin + " has no Endpoints.docker.Host in " + meta);
    }
    boolean skipVerify = docker.path("SkipTLSVerify").asBoolean(false);
    Path tlsDir = contexts.resolve("tls").resolve(id).resolve("docker");
    boolean hasTlsFiles = Files.isDirectory(tlsDir);
    // A context uses TLS when it stores TLS files or says to skip verification, as the CLI does.
    boolean tls = hasTlsFiles || skipVerify;
    URI host = parseHost(hostNode.asText(), tls, origin);
    if (!"tcp".equals(host.getScheme()) || !tls) {
      return EngineEndpoint.of(host, origin);
    }
    return new EngineEndpoint(
        host, new TlsSettings(hasTlsFiles ? tlsDir : null, !skipVerify), origin);
  }

  /** The directory name the Docker CLI gives a context: the hex SHA-256 of its name. */
  static String contextId(String name) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * Parses a Docker host in the CLI's forms: {@code unix:///path}, {@code npipe:////./pipe/x},
   * {@code tcp://host[:port][/path]}, or a bare {@code host:port}, which means TCP.
   */
  static URI parseHost(String text, boolean tls, String origin) throws EngineException {
    String value = text.strip();
    int sep = value.indexOf("://");
    String scheme = sep < 0 ? "tcp" : value.substring(0, sep).toLowerCase(Locale.ROOT);
    String rest = sep < 0 ? value : value.substring(sep + 3);
    switch (scheme) {
      case "unix":
      case "npipe":
        if (!rest.startsWith("/")) {
          throw bad(
              origin, text, "a socket path must be absolute, as in unix:///var/run/docker.sock");
        }
        return uri(origin, text, scheme + "://" + rest);
      case "tcp":
      case "http":
      case "https":
        return tcpUri(rest, tls, origin, text);
      case "ssh":
        throw bad(origin, text, "ssh:// engines are not supported; forward the socket instead");
      default:
        throw bad(
            origin, text, "unknown scheme '" + scheme + "' (use unix://, npipe:// or tcp://)");
    }
  }

  private static URI tcpUri(String rest, boolean tls, String origin, String text)
      throws EngineException {
    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String path = slash < 0 ? "" : rest.substring(slash);
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String hostPart;
    String portPart;
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      if (close < 0) {
        throw bad(origin, text, "unclosed IPv6 address");
      }
      hostPart = authority.substring(0, close + 1);
      String after = authority.substring(close + 1);
      if (!after.isEmpty() && !after.startsWith(":")) {
        throw bad(origin, text, "unexpected text after the IPv6 address");
      }
      portPart = after.isEmpty() ? "" : after.substring(1);
    } else {
      int colon = authority.lastIndexOf(':');
      hostPart = colon < 0 ? authority : authority.substring(0, colon);
      portPart = colon < 0 ? "" : authority.substring(colon + 1);
    }
    // The CLI reads an empty host as the local machine.
    if (hostPart.isEmpty()) {
      hostPart = "localhost";
    }
    int port;
    if (portPart.isEmpty()) {
      port = tls ? DEFAULT_TLS_PORT : DEFAULT_PLAIN_PORT;
    } else {
      try {
        port = Integer.parseInt(portPart);
      } catch (NumberFormatException e) {
        throw bad(origin, text, "the port '" + portPart + "' is not a number");
      }
      if (port < 1 || port > 65535) {
        throw bad(origin, text, "the port " + port + " is outside 1-65535");
      }
    }
    URI uri;
    try {
      uri = new URI("tcp://" + hostPart + ":" + port + path);
    } catch (URISyntaxException e) {
      throw bad(
          origin, text, "'" + hostPart + "' is not a valid host name (" + e.getReason() + ")");
    }
    if (uri.getHost() == null) {
      throw bad(origin, text, "'" + hostPart + "' is not a valid host name");
    }
    return uri;
  }

  private static URI uri(String origin, String text, String candidate) throws EngineException {
    try {
      return new URI(candidate);
    } catch (URISyntaxException e) {
      throw bad(origin, text, e.getReason());
    }
  }

  private static EngineException bad(String origin, String text, String why) {
    return new EngineException(
        EngineProblem.CONFIGURATION,
        origin + " '" + text + "' is not a usable engine host: " + why);
  }

  private static JsonNode readJson(Path file, String what) throws EngineException {
    try {
      JsonNode node = JSON.readTree(file.toFile());
      if (node == null || !node.isObject()) {
        throw new EngineException(
            EngineProblem.CONFIGURATION, what + " is not a JSON object: " + file);
      }
      return node;
    } catch (IOException e) {
      throw new EngineException(
          EngineProblem.CONFIGURATION,
          what + " cannot be read: " + file + ": " + e.getMessage().lines().findFirst().orElse(""),
          e);
    }
  }

  private Optional<String> get(String name) {
    // The CLI treats an empty variable as an unset one.
    return Optional.ofNullable(env.get(name)).filter(v -> !v.isEmpty());
  }
}
