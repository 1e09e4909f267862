package io.stagecraft.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Asks an engine which API it speaks, through the unversioned {@code /_ping} and {@code /version}
 * endpoints, before any docker-java command (which would use a fixed, possibly too new, version).
 */
final class EngineProbe {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BODY = 1 << 20;

  private final DockerHttpClient http;
  private final EngineEndpoint endpoint;

  EngineProbe(DockerHttpClient http, EngineEndpoint endpoint) {
    this.http = Objects.requireNonNull(http, "http");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
  }

  /** The {@code Api-Version} header of {@code GET /_ping}, if the engine sends one. */
  Optional<ApiVersion> ping() throws EngineException {
    try (DockerHttpClient.Response response = get("/_ping")) {
      int status = response.getStatusCode();
      String body = new String(readBody(response.getBody()), StandardCharsets.UTF_8);
      if (status != 200) {
        throw new EngineException(
            EngineProblem.PROTOCOL,
            endpoint.describe()
                + " answered GET /_ping with HTTP "
                + status
                + ": "
                + oneLine(body));
      }
      Optional<String> header = header(response.getHeaders(), "Api-Version");
      if (header.isEmpty() && !"OK".equals(body.strip())) {
        throw new EngineException(
            EngineProblem.PROTOCOL,
            endpoint.describe()
                + " does not look like a Docker engine: GET /_ping gave '"
                + oneLine(body)
                + "'");
      }
      return header.map(ApiVersion::parse);
    } catch (IllegalArgumentException e) {
      throw new EngineException(
          EngineProblem.PROTOCOL,
          "bad Api-Version from " + endpoint.describe() + ": " + e.getMessage(),
          e);
    }
  }

  /** The engine's description from {@code GET /version}. */
  EngineInfo version() throws EngineException {
    try (DockerHttpClient.Response response = get("/version")) {
      int status = response.getStatusCode();
      byte[] body = readBody(response.getBody());
      if (status != 200) {
        throw new EngineException(
            EngineProblem.PROTOCOL,
            endpoint.describe()
                + " answered GET /version with HTTP "
                + status
                + ": "
                + oneLine(new String(body, StandardCharsets.UTF_8)));
      }
      JsonNode json;
      try {
        json = JSON.readTree(body);
      } catch (IOException e) {
        throw new EngineException(
            EngineProblem.PROTOCOL, "GET /version from " + endpoint.describe() + " is not JSON", e);
      }
      try {
        return EngineInfo.fromVersionJson(json);
      } catch (IllegalArgumentException e) {
        throw new EngineException(EngineProblem.PROTOCOL, e.getMessage(), e);
      }
    }
  }

  private DockerHttpClient.Response get(String path) throws EngineException {
    DockerHttpClient.Request request =
        DockerHttpClient.Request.builder()
            .method(DockerHttpClient.Request.Method.GET)
            .path(path)
            .build();
    try {
      return http.execute(request);
    } catch (RuntimeException e) {
      // The transport wraps IOExceptions in unchecked ones; the cause tells refused, missing or
      // TLS.
      throw EngineErrors.classify(endpoint, e);
    }
  }

  private byte[] readBody(InputStream in) throws EngineException {
    if (in == null) {
      return new byte[0];
    }
    try (in) {
      return in.readNBytes(MAX_BODY);
    } catch (IOException e) {
      throw EngineErrors.classify(endpoint, e);
    }
  }

  /** HTTP header names are case-insensitive; the transport's map is not. */
  static Optional<String> header(Map<String, List<String>> headers, String name) {
    if (headers == null) {
      return Optional.empty();
    }
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && e.getValue() != null) {
        for (String v : e.getValue()) {
          if (v != null && !v.isBlank()) {
            return Optional.of(v.strip());
          }
        }
      }
    }
    return Optional.empty();
  }

  private static String oneLine(String s) {
    String line = s.strip().lines().findFirst().orElse("");
    return line.length() <= 200 ? line : line.substring(0, 200) + "...";
  }
}
