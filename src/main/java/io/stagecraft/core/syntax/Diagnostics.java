package io.stagecraft.core.syntax;

import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics while parsing. */
final class Diagnostics {
  private final List<Diagnostic> list = new ArrayList<>();

  void error(SourceRange range, String code, String message) {
    list.add(new Diagnostic(range, Severity.ERROR, code, message));
  }

  void warning(SourceRange range, String code, String message) {
    list.add(new Diagnostic(range, Severity.WARNING, code, message));
  }

  List<Diagnostic> list() {
    return list;
  }
}
