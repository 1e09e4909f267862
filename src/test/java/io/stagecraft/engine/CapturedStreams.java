package io.stagecraft.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stagecraft.core.build.StepLocator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Build responses captured from this project's engine (Docker 20.10, API 1.41) for the Dockerfile
 * {@code captured.Dockerfile}: classic and BuildKit, a failing step and a successful build.
 */
final class CapturedStreams {
  private CapturedStreams() {}

  static String text(String name) {
    try (InputStream in = CapturedStreams.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<JsonNode> messages(String name) {
    ObjectMapper json = new ObjectMapper();
    return text(name)
        .lines()
        .map(
            line -> {
              try {
                return json.readTree(line);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .toList();
  }

  static StepLocator capturedDockerfile() {
    return StepLocator.of(text("captured.Dockerfile"), null);
  }
}
