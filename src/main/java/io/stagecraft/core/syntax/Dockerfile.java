package io.stagecraft.core.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed Dockerfile: its text and a lossless syntax tree of it. The elements cover the text
 * exactly, so {@link #print()} gives back the input byte for byte.
 */
public final class Dockerfile {
  private final String text;
  private final List<Element> elements;
  private final List<Diagnostic> diagnostics;
  private final char escape;
  private final LineIndex lines;
  private List<Instruction> instructions;

  Dockerfile(
      String text,
      List<Element> elements,
      List<Diagnostic> diagnostics,
      char escape,
      LineIndex lines) {
    this.text = text;
    this.elements = List.copyOf(elements);
    this.diagnostics = List.copyOf(diagnostics);
    this.escape = escape;
    this.lines = lines;
  }

  /** Parses {@code text}. Never throws: problems become {@link #diagnostics()}. */
  public static Dockerfile parse(String text) {
    return new DockerfileParser(text).parse();
  }

  public String text() {
    return text;
  }

  public List<Element> elements() {
    return elements;
  }

  /** Problems found while parsing, in source order. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The active escape character: {@code \} or {@code `}. */
  public char escape() {
    return escape;
  }

  public LineIndex lines() {
    return lines;
  }

  /** The parser directives of the leading comment block. */
  public List<ParserDirective> directives() {
    return elements.stream()
        .filter(ParserDirective.class::isInstance)
        .map(ParserDirective.class::cast)
        .toList();
  }

  /** The top-level instructions, in order. */
  public List<Instruction> instructions() {
    if (instructions == null) {
      List<Instruction> list = new ArrayList<>();
      for (Element e : elements) {
        if (e instanceof Instruction i) {
          list.add(i);
        }
      }
      instructions = List.copyOf(list);
    }
    return instructions;
  }

  /** The text rebuilt from the tree's elements; equals {@link #text()} for every input. */
  public String print() {
    StringBuilder out = new StringBuilder(text.length());
    for (Element e : elements) {
      out.append(text, e.range().start(), e.range().end());
    }
    return out.toString();
  }

  /** The innermost top-level element at {@code offset}, or null past the end. */
  public Element elementAt(int offset) {
    int lo = 0;
    int hi = elements.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      SourceRange r = elements.get(mid).range();
      if (offset < r.start()) {
        hi = mid - 1;
      } else if (offset >= r.end()) {
        lo = mid + 1;
      } else {
        return elements.get(mid);
      }
    }
    return null;
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
