package io.stagecraft.lsp;

import com.fasterxml.jackson.databind.JsonNode;
import io.stagecraft.bench.Bench;
import io.stagecraft.testing.SyntheticDockerfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Measures, through the real {@code stagecraft lsp} process, how long completion takes to answer
 * while a 1,000-line, 30-stage file is being edited: each keystroke is an incremental didChange
 * followed at once by a completion request, as an editor sends them while the user types. Prints
 * p50, p95 and the maximum. Run with the command in docs/benchmarks.md; this is not a test.
 */
public final class LanguageServerLatency {
  private LanguageServerLatency() {}

  public static void main(String[] args) throws Exception {
    int keystrokes = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    String text = SyntheticDockerfile.generate(1_000, 30);
    String uri = "file:///bench/Dockerfile";
    int line = text.split("\n", -1).length - 1;
    try (LanguageServerClient client = new LanguageServerClient()) {
      client.request("initialize", Map.of("capabilities", Map.of()));
      client.notify("initialized", Map.of());
      client.notify(
          "textDocument/didOpen",
          Map.of(
              "textDocument",
              Map.of("uri", uri, "languageId", "dockerfile", "version", 1, "text", text)));
      String typed = "RUN echo ${COMPONENT} && cp /out/bin --from=stage";
      List<Double> millis = new ArrayList<>();
      int version = 1;
      int column = 0;
      for (int k = 0; k < keystrokes; k++) {
        if (column == typed.length()) {
          client.notify("textDocument/didChange", change(uri, ++version, line, 0, column, ""));
          column = 0;
        }
        String ch = String.valueOf(typed.charAt(column));
        long start = System.nanoTime();
        client.notify("textDocument/didChange", change(uri, ++version, line, column, column, ch));
        column++;
        JsonNode answer =
            client.request(
                "textDocument/completion", LanguageServerClient.position(uri, line, column));
        millis.add((System.nanoTime() - start) / 1e6);
        if (answer != null && answer.has("error")) {
          throw new IllegalStateException(answer.toString());
        }
        Thread.sleep(20);
      }
      // The first tenth, in the order typed, warms the server up and is left out.
      List<Double> measured = millis.subList(millis.size() / 10, millis.size());
      System.out.printf(
          "completion while editing, %d keystrokes (first 10%% as warm-up): p50 %.2f ms, p95 %.2f"
              + " ms, max %.2f ms%n",
          keystrokes,
          Bench.percentile(measured, 50),
          Bench.percentile(measured, 95),
          Bench.percentile(measured, 100));
    }
  }

  private static Map<String, Object> change(
      String uri, int version, int line, int from, int to, String text) {
    return Map.of(
        "textDocument",
        Map.of("uri", uri, "version", version),
        "contentChanges",
        List.of(
            Map.of(
                "range",
                Map.of(
                    "start", Map.of("line", line, "character", from),
                    "end", Map.of("line", line, "character", to)),
                "text",
                text)));
  }
}
