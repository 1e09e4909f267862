package io.stagecraft.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * One BuildKit {@code StatusResponse}, the payload of a {@code moby.buildkit.trace} message:
 * vertexes (build steps) that changed, progress of their sub-tasks, and their output.
 */
record BuildkitStatus(List<Vertex> vertexes, List<VertexStatus> statuses, List<VertexLog> logs) {

  /** A build step; {@code started}, {@code completed} and {@code error} are null until known. */
  record Vertex(
      String digest,
      List<String> inputs,
      String name,
      boolean cached,
      Instant started,
      Instant completed,
      String error) {}

  /** Progress of one task of a vertex, such as a file transfer. */
  record VertexStatus(String id, String vertex, String name, long current, long total) {}

  /** Output of a vertex; stream 1 is stdout, 2 is stderr. */
  record VertexLog(String vertex, long stream, byte[] message) {}

  /** Decodes the base64 text of a trace message's {@code aux} field. */
  static BuildkitStatus decodeBase64(String aux) {
    return decode(Base64.getDecoder().decode(aux));
  }

  /** Decodes a serialized {@code moby.buildkit.v1.StatusResponse}. */
  static BuildkitStatus decode(byte[] message) {
    List<Vertex> vertexes = new ArrayList<>();
    List<VertexStatus> statuses = new ArrayList<>();
    List<VertexLog> logs = new ArrayList<>();
    ProtoWire wire = new ProtoWire(message);
    while (wire.next()) {
      switch (wire.field()) {
        case 1 -> vertexes.add(vertex(wire.message()));
        case 2 -> statuses.add(status(wire.message()));
        case 3 -> logs.add(log(wire.message()));
        default -> wire.skip();
      }
    }
    return new BuildkitStatus(List.copyOf(vertexes), List.copyOf(statuses), List.copyOf(logs));
  }

  private static Vertex vertex(ProtoWire w) {
    String digest = "";
    List<String> inputs = new ArrayList<>();
    String name = "";
    boolean cached = false;
    Instant started = null;
    Instant completed = null;
    String error = null;
    while (w.next()) {
      switch (w.field()) {
        case 1 -> digest = w.string();
        case 2 -> inputs.add(w.string());
        case 3 -> name = w.string();
        case 4 -> cached = w.bool();
        case 5 -> started = timestamp(w.message());
        case 6 -> completed = timestamp(w.message());
        case 7 -> error = w.string();
        default -> w.skip();
      }
    }
    return new Vertex(digest, List.copyOf(inputs), name, cached, started, completed, error);
  }

  private static VertexStatus status(ProtoWire w) {
    String id = "";
    String vertex = "";
    String name = "";
    long current = 0;
    long total = 0;
    while (w.next()) {
      switch (w.field()) {
        case 1 -> id = w.string();
        case 2 -> vertex = w.string();
        case 3 -> name = w.string();
        case 4 -> current = w.varint();
        case 5 -> total = w.varint();
        default -> w.skip();
      }
    }
    return new VertexStatus(id, vertex, name, current, total);
  }

  private static VertexLog log(ProtoWire w) {
    String vertex = "";
    long stream = 0;
    byte[] message = new byte[0];
    while (w.next()) {
      switch (w.field()) {
        case 1 -> vertex = w.string();
        case 3 -> stream = w.varint();
        case 4 -> message = w.bytes();
        default -> w.skip();
      }
    }
    return new VertexLog(vertex, stream, message);
  }

  /** A {@code google.protobuf.Timestamp}. */
  private static Instant timestamp(ProtoWire w) {
    long seconds = 0;
    long nanos = 0;
    while (w.next()) {
      switch (w.field()) {
        case 1 -> seconds = w.varint();
        case 2 -> nanos = w.varint();
        default -> w.skip();
      }
    }
    return Instant.ofEpochSecond(seconds, nanos);
  }
}
