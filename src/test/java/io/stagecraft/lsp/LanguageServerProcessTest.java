package io.stagecraft.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Starts the real {@code stagecraft lsp} process and speaks JSON-RPC to it, as an editor does. */
class LanguageServerProcessTest {
  private static final String URI = "file:///work/Dockerfile";
  private static final String TEXT =
      "ARG GO=1.22\n"
          + "FROM golang:${GO} AS build\n"
          + "WORKDIR /src\n"
          + "RUN go build -o /out/app .\n"
          + "FROM scratch\n"
          + "COPY --from=build /out/app /app\n"
          + "cmd /app\n";

  private static LanguageServerClient client;
  private static JsonNode capabilities;

  @BeforeAll
  static void start() throws Exception {
    client = new LanguageServerClient();
    capabilities =
        client
            .request(
                "initialize",
                Map.of("processId", ProcessHandle.current().pid(), "capabilities", Map.of()))
            .path("capabilities");
    client.notify("initialized", Map.of());
    client.notify(
        "textDocument/didOpen",
        Map.of(
            "textDocument",
            Map.of("uri", URI, "languageId", "dockerfile", "version", 1, "text", TEXT)));
  }

  @AfterAll
  static void stop() throws Exception {
    client.close();
  }

  @Test
  void advertisesEveryService() {
    assertEquals(2, capabilities.path("textDocumentSync").asInt(), "incremental sync");
    for (String provider :
        List.of(
            "completionProvider",
            "hoverProvider",
            "definitionProvider",
            "referencesProvider",
            "documentSymbolProvider",
            "foldingRangeProvider",
            "documentFormattingProvider",
            "documentRangeFormattingProvider",
            "codeActionProvider")) {
      assertTrue(capabilities.has(provider), provider);
    }
    assertTrue(capabilities.path("renameProvider").path("prepareProvider").asBoolean());
  }

  @Test
  void completesStagesAfterFrom() throws Exception {
    JsonNode list =
        client.request("textDocument/completion", LanguageServerClient.position(URI, 5, 12));
    assertEquals(List.of("build"), LanguageServerClient.labels(list));
    assertEquals("build", list.path("items").get(0).path("textEdit").path("newText").asText());
  }

  @Test
  void hoverDefinitionAndReferences() throws Exception {
    JsonNode hover =
        client.request("textDocument/hover", LanguageServerClient.position(URI, 1, 15));
    assertTrue(hover.path("contents").path("value").asText().contains("1.22"), hover.toString());

    JsonNode definition =
        client.request("textDocument/definition", LanguageServerClient.position(URI, 5, 14));
    assertEquals(1, definition.get(0).path("range").path("start").path("line").asInt());
    assertEquals(21, definition.get(0).path("range").path("start").path("character").asInt());

    Map<String, Object> refs = new java.util.HashMap<>();
    refs.put("textDocument", Map.of("uri", URI));
    refs.put("position", Map.of("line", 1, "character", 22));
    refs.put("context", Map.of("includeDeclaration", true));
    assertEquals(2, client.request("textDocument/references", refs).size());
  }

  @Test
  void symbolsFoldingFormattingAndRename() throws Exception {
    JsonNode symbols =
        client.request("textDocument/documentSymbol", Map.of("textDocument", Map.of("uri", URI)));
    assertEquals("build", symbols.get(1).path("name").asText());
    assertEquals(2, symbols.get(1).path("children").size());

    JsonNode folds =
        client.request("textDocument/foldingRange", Map.of("textDocument", Map.of("uri", URI)));
    assertEquals(1, folds.get(0).path("startLine").asInt());

    JsonNode edits =
        client.request(
            "textDocument/formatting",
            Map.of(
                "textDocument", Map.of("uri", URI),
                "options", Map.of("tabSize", 4, "insertSpaces", true)));
    assertEquals("CMD", edits.get(0).path("newText").asText());

    JsonNode prepared =
        client.request("textDocument/prepareRename", LanguageServerClient.position(URI, 5, 14));
    assertEquals("build", prepared.path("placeholder").asText());
    Map<String, Object> rename = new java.util.HashMap<>();
    rename.put("textDocument", Map.of("uri", URI));
    rename.put("position", Map.of("line", 1, "character", 22));
    rename.put("newName", "compile");
    JsonNode workspaceEdit = client.request("textDocument/rename", rename);
    assertEquals(2, workspaceEdit.path("changes").path(URI).size());
  }

  @Test
  void codeActionsOfferTheExecFormAndTheSplit() throws Exception {
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("textDocument", Map.of("uri", URI));
    params.put(
        "range",
        Map.of(
            "start", Map.of("line", 6, "character", 1), "end", Map.of("line", 6, "character", 1)));
    params.put("context", Map.of("diagnostics", List.of()));
    JsonNode actions = client.request("textDocument/codeAction", params);
    List<String> titles =
        java.util.stream.StreamSupport.stream(actions.spliterator(), false)
            .map(a -> a.path("title").asText())
            .toList();
    assertTrue(titles.contains("Convert CMD to exec form"), titles.toString());
    assertTrue(titles.stream().anyMatch(t -> t.startsWith("Split stage here")), titles.toString());
  }

  @Test
  void publishesDiagnosticsAfterAnIncrementalChange() throws Exception {
    String uri = "file:///work/other/Dockerfile";
    client.notify(
        "textDocument/didOpen",
        Map.of(
            "textDocument",
            Map.of("uri", uri, "languageId", "dockerfile", "version", 1, "text", "FROM alpine\n")));
    client.notify(
        "textDocument/didChange",
        Map.of(
            "textDocument",
            Map.of("uri", uri, "version", 2),
            "contentChanges",
            List.of(
                Map.of(
                    "range",
                    Map.of(
                        "start", Map.of("line", 1, "character", 0),
                        "end", Map.of("line", 1, "character", 0)),
                    "text",
                    "FORM x\n"))));
    JsonNode published = null;
    for (int i = 0; i < 10 && published == null; i++) {
      JsonNode n = client.awaitNotification("textDocument/publishDiagnostics", 10);
      assertNotNull(n, "no diagnostics published");
      if (n.path("params").path("uri").asText().equals(uri)
          && n.path("params").path("version").asInt() == 2) {
        published = n;
      }
    }
    assertNotNull(published);
    JsonNode unknown = null;
    for (JsonNode d : published.path("params").path("diagnostics")) {
      if (d.path("code").asText().equals("unknown-instruction")) {
        unknown = d;
      }
    }
    assertNotNull(unknown, published.toString());
    assertEquals(1, unknown.path("range").path("start").path("line").asInt());
  }

  @Test
  void shutdownThenExitEndsTheProcessWithZero() throws Exception {
    try (LanguageServerClient own = new LanguageServerClient()) {
      own.request("initialize", Map.of("capabilities", Map.of()));
      own.request("shutdown", null);
      own.notify("exit", null);
      assertTrue(own.process().waitFor(10, TimeUnit.SECONDS));
      assertEquals(0, own.process().exitValue());
    }
  }
}
