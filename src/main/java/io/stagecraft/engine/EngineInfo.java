package io.stagecraft.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * What an engine says about itself in {@code GET /version}.
 *
 * @param serverVersion the engine release, such as {@code 20.10.24+dfsg1}
 * @param apiVersion the newest API the engine speaks
 * @param minApiVersion the oldest API the engine accepts, when it says
 * @param os the engine's operating system, such as {@code linux}
 * @param arch the engine's architecture, such as {@code amd64}
 * @param kernelVersion the kernel the engine runs on, or an empty string when it does not say
 */
public record EngineInfo(
    String serverVersion,
    ApiVersion apiVersion,
    Optional<ApiVersion> minApiVersion,
    String os,
    String arch,
    String kernelVersion) {

  public EngineInfo {
    Objects.requireNonNull(serverVersion, "serverVersion");
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(minApiVersion, "minApiVersion");
    Objects.requireNonNull(os, "os");
    Objects.requireNonNull(arch, "arch");
    Objects.requireNonNull(kernelVersion, "kernelVersion");
  }

  /**
   * Reads the body of {@code GET /version}.
   *
   * @throws IllegalArgumentException when {@code Version} or {@code ApiVersion} is missing or bad
   */
  public static EngineInfo fromVersionJson(JsonNode version) {
    Objects.requireNonNull(version, "version");
    String server = text(version, "Version");
    String api = text(version, "ApiVersion");
    if (server.isEmpty() || api.isEmpty()) {
      throw new IllegalArgumentException(
          "the /version answer lacks Version or ApiVersion: " + abbreviate(version.toString()));
    }
    String min = text(version, "MinAPIVersion");
    return new EngineInfo(
        server,
        ApiVersion.parse(api),
        min.isEmpty() ? Optional.empty() : Optional.of(ApiVersion.parse(min)),
        text(version, "Os"),
        text(version, "Arch"),
        text(version, "KernelVersion"));
  }

  /** For example {@code Docker Engine 20.10.24 (API 1.41, linux/amd64)}. */
  public String summary() {
    return "Docker Engine " + serverVersion + " (API " + apiVersion + ", " + os + "/" + arch + ")";
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() ? value.asText("").strip() : "";
  }

  private static String abbreviate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "...";
  }
}
