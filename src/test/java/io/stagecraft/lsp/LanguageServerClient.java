package io.stagecraft.lsp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal LSP client over a real {@code stagecraft lsp} process: JSON-RPC messages framed with
 * Content-Length headers on the process's standard streams, as an editor sends them.
 */
final class LanguageServerClient implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final OutputStream out;
  private final AtomicInteger ids = new AtomicInteger();
  private final ConcurrentHashMap<Integer, CompletableFuture<JsonNode>> pending =
      new ConcurrentHashMap<>();
  final BlockingQueue<JsonNode> notifications = new LinkedBlockingQueue<>();
  final BlockingQueue<JsonNode> serverRequests = new LinkedBlockingQueue<>();

  LanguageServerClient() throws IOException {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    process =
        new ProcessBuilder(
                java, "-cp", System.getProperty("java.class.path"), "io.stagecraft.app.Main", "lsp")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    out = process.getOutputStream();
    Thread reader = new Thread(this::read, "lsp-test-reader");
    reader.setDaemon(true);
    reader.start();
  }

  Process process() {
    return process;
  }

  /** Sends a request and waits for its result (or its error, as the "error" node). */
  JsonNode request(String method, Object params) throws Exception {
    return send(method, params).get(20, TimeUnit.SECONDS);
  }

  CompletableFuture<JsonNode> send(String method, Object params) throws IOException {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    ObjectNode message = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id);
    message.put("method", method);
    message.set("params", JSON.valueToTree(params));
    write(message);
    return answer;
  }

  void notify(String method, Object params) throws IOException {
    ObjectNode message = JSON.createObjectNode().put("jsonrpc", "2.0").put("method", method);
    message.set("params", JSON.valueToTree(params));
    write(message);
  }

  /** The next notification of {@code method}, skipping others; null after the timeout. */
  JsonNode awaitNotification(String method, long seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      JsonNode n = notifications.poll(100, TimeUnit.MILLISECONDS);
      if (n != null && method.equals(n.path("method").asText())) {
        return n;
      }
    }
    return null;
  }

  private synchronized void write(ObjectNode message) throws IOException {
    byte[] body = JSON.writeValueAsBytes(message);
    out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
  }

  private void read() {
    try (InputStream in = new BufferedInputStream(process.getInputStream())) {
      while (true) {
        int length = -1;
        String line;
        while (!(line = header(in)).isEmpty()) {
          if (line.toLowerCase().startsWith("content-length:")) {
            length = Integer.parseInt(line.substring(15).trim());
          }
        }
        if (length < 0) {
          return;
        }
        JsonNode message = JSON.readTree(in.readNBytes(length));
        if (message.has("id") && message.has("method")) {
          serverRequests.add(message);
          ObjectNode reply =
              JSON.createObjectNode().put("jsonrpc", "2.0").set("id", message.get("id"));
          reply.set("result", JSON.createObjectNode().put("applied", true));
          write(reply);
        } else if (message.has("id")) {
          CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
          if (answer != null) {
            answer.complete(message.has("error") ? message : message.get("result"));
          }
        } else {
          notifications.add(message);
        }
      }
    } catch (IOException e) {
      pending.values().forEach(f -> f.completeExceptionally(e));
    }
  }

  private static String header(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      if (c != '\r') {
        line.append((char) c);
      }
    }
    if (c < 0 && line.length() == 0) {
      throw new IOException("the server closed its output");
    }
    return line.toString();
  }

  static Object position(String uri, int line, int character) {
    return java.util.Map.of(
        "textDocument", java.util.Map.of("uri", uri),
        "position", java.util.Map.of("line", line, "character", character));
  }

  static List<String> labels(JsonNode completion) {
    return java.util.stream.StreamSupport.stream(completion.path("items").spliterator(), false)
        .map(i -> i.path("label").asText())
        .toList();
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    process.waitFor(5, TimeUnit.SECONDS);
  }
}
