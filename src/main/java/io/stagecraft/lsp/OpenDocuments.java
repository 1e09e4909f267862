package io.stagecraft.lsp;

import io.stagecraft.core.lang.Analysis;
import io.stagecraft.core.syntax.LineIndex;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The documents the client has open, each as its latest text and version. Changes arrive in order
 * on the JSON-RPC reader thread; requests take a snapshot and work on it elsewhere.
 */
final class OpenDocuments {
  /** One version of a document; its analysis is computed once, on first use. */
  static final class Snapshot {
    final String uri;
    final int version;
    final String text;
    private Analysis analysis;

    Snapshot(String uri, int version, String text) {
      this.uri = uri;
      this.version = version;
      this.text = text;
    }

    synchronized Analysis analysis() {
      if (analysis == null) {
        analysis = Analysis.of(text);
      }
      return analysis;
    }

    LineIndex lines() {
      return analysis().lines();
    }
  }

  private final Map<String, Snapshot> documents = new ConcurrentHashMap<>();

  void open(String uri, int version, String text) {
    documents.put(uri, new Snapshot(uri, version, text));
  }

  void close(String uri) {
    documents.remove(uri);
  }

  /** Applies incremental (or whole-text) changes, in the order given. */
  Snapshot change(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
    Snapshot current = documents.get(uri);
    String text = current == null ? "" : current.text;
    for (TextDocumentContentChangeEvent change : changes) {
      if (change.getRange() == null) {
        text = change.getText();
      } else {
        LineIndex lines = new LineIndex(text);
        int start = Positions.offset(text, lines, change.getRange().getStart());
        int end = Positions.offset(text, lines, change.getRange().getEnd());
        text = text.substring(0, start) + change.getText() + text.substring(Math.max(start, end));
      }
    }
    Snapshot next = new Snapshot(uri, version, text);
    documents.put(uri, next);
    return next;
  }

  /** The latest snapshot, or null when the document is not open. */
  Snapshot get(String uri) {
    return documents.get(uri);
  }
}
