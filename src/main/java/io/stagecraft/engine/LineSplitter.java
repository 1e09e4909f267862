package io.stagecraft.engine;

import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Cuts streamed text into lines, keeping a partial last line until more text or a flush. */
final class LineSplitter {

  /** Colour codes the classic builder wraps around a step's standard error. */
  private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");

  private final StringBuilder pending = new StringBuilder();
  private final Consumer<String> sink;

  LineSplitter(Consumer<String> sink) {
    this.sink = sink;
  }

  void accept(String text) {
    pending.append(text);
    int newline;
    while ((newline = pending.indexOf("\n")) >= 0) {
      emit(pending.substring(0, newline));
      pending.delete(0, newline + 1);
    }
  }

  void flush() {
    if (pending.length() > 0) {
      emit(pending.toString());
      pending.setLength(0);
    }
  }

  private void emit(String line) {
    String clean = ANSI.matcher(line).replaceAll("");
    if (clean.endsWith("\r")) {
      clean = clean.substring(0, clean.length() - 1);
    }
    sink.accept(clean);
  }
}
