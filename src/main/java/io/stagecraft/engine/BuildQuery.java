package io.stagecraft.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stagecraft.core.build.BuildRequest;
import io.stagecraft.core.build.Builder;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/** The path and query of {@code POST /build} for a request. */
final class BuildQuery {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BuildQuery() {}

  /** {@code /build?...}, without the API version prefix. */
  static String of(BuildRequest request, String dockerfileEntry) {
    StringJoiner q = new StringJoiner("&", "/build?", "");
    if (request.builder() == Builder.BUILDKIT) {
      q.add("version=2");
    }
    q.add("dockerfile=" + encode(dockerfileEntry));
    if (request.tag() != null) {
      q.add("t=" + encode(request.tag()));
    }
    if (request.target() != null) {
      q.add("target=" + encode(request.target()));
    }
    if (!request.buildArgs().isEmpty()) {
      q.add("buildargs=" + encode(json(request.buildArgs())));
    }
    q.add("labels=" + encode(json(request.imageLabels())));
    q.add("pull=" + (request.pull() ? "1" : "0"));
    if (request.noCache()) {
      q.add("nocache=1");
    }
    if (request.network() != null) {
      q.add("networkmode=" + encode(request.network()));
    }
    // Intermediate containers of the classic builder go away even when a step fails.
    q.add("rm=1");
    q.add("forcerm=1");
    return q.toString();
  }

  private static String json(Map<String, String> map) {
    try {
      return JSON.writeValueAsString(new TreeMap<>(map));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
