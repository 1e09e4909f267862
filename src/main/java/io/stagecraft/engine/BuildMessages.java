package io.stagecraft.engine;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stagecraft.core.build.BuildError;
import io.stagecraft.core.build.BuildListener;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the JSON messages of a {@code POST /build} response: progress goes to a {@link
 * BuildProgress}, the image ID and the error are kept for the outcome.
 */
final class BuildMessages {

  static final String TRACE = "moby.buildkit.trace";

  /** Where parse errors name their line: "dockerfile parse error line 5", "Dockerfile:5". */
  private static final Pattern LINE_IN_MESSAGE =
      Pattern.compile("(?:parse error (?:on )?line |Dockerfile:)(\\d+)");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final BuildProgress progress;
  private final BuildListener listener;
  private String imageId;
  private BuildError error;

  BuildMessages(BuildProgress progress, BuildListener listener) {
    this.progress = progress;
    this.listener = listener;
  }

  /** Reads messages until the stream ends; I/O failures are the caller's to judge. */
  void readAll(InputStream body) throws IOException {
    try (JsonParser parser = JSON.getFactory().createParser(body)) {
      while (parser.nextToken() != null) {
        accept(JSON.readTree(parser));
      }
    } finally {
      progress.flush();
    }
  }

  void accept(JsonNode message) {
    if (message.hasNonNull("error") || message.hasNonNull("errorDetail")) {
      String text =
          message.path("errorDetail").path("message").asText(message.path("error").asText(""));
      error = new BuildError(text.strip(), lineOf(text));
      return;
    }
    String id = message.path("id").asText("");
    JsonNode aux = message.get("aux");
    if (TRACE.equals(id) && aux != null && aux.isTextual()) {
      progress.onTrace(BuildkitStatus.decodeBase64(aux.asText()));
    } else if (aux != null && aux.hasNonNull("ID")) {
      imageId = aux.get("ID").asText();
    }
    if (message.hasNonNull("stream")) {
      progress.onStream(message.get("stream").asText());
    } else if (message.hasNonNull("status")) {
      // Pull progress and similar status lines.
      listener.onLog(
          message.get("status").asText() + (id.isEmpty() || id.equals(TRACE) ? "" : " " + id));
    }
  }

  private int lineOf(String text) {
    Matcher m = LINE_IN_MESSAGE.matcher(text);
    return m.find() ? Integer.parseInt(m.group(1)) : progress.failureLine();
  }

  /** The built image's ID, or null when the engine named none. */
  String imageId() {
    return imageId;
  }

  /** The engine's error, or null when it reported none. */
  BuildError error() {
    return error;
  }
}
