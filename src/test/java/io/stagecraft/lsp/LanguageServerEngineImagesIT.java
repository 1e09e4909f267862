package io.stagecraft.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.engine.EngineTests;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real `stagecraft lsp` process completes FROM with the engine's local images. */
class LanguageServerEngineImagesIT {
  private static final String URI = "file:///tmp/images/Dockerfile";

  @Test
  void completionAfterFromOffersTheEnginesImages() throws Exception {
    EngineTests.requireEngine().close();
    try (LanguageServerClient client = new LanguageServerClient()) {
      client.request(
          "initialize",
          Map.of("processId", ProcessHandle.current().pid(), "capabilities", Map.of()));
      client.notify("initialized", Map.of());
      String text = "FROM stagecraft/b\n";
      client.notify(
          "textDocument/didOpen",
          Map.of(
              "textDocument",
              Map.of("uri", URI, "languageId", "dockerfile", "version", 1, "text", text)));
      // The first request starts the listing in the background and is answered without waiting
      // for it; later ones see the images.
      List<String> labels = List.of();
      for (int i = 0; i < 300 && !labels.contains("stagecraft/busybox:latest"); i++) {
        labels =
            LanguageServerClient.labels(
                client.request(
                    "textDocument/completion", LanguageServerClient.position(URI, 0, 17)));
        Thread.sleep(100);
      }
      assertTrue(labels.contains("stagecraft/busybox:latest"), labels.toString());
    }
  }
}
