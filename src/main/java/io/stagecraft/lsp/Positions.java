package io.stagecraft.lsp;

import io.stagecraft.core.syntax.LineIndex;
import io.stagecraft.core.syntax.SourceRange;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Converts between LSP positions (0-based lines, UTF-16 code units) and the core's character
 * offsets, which count UTF-16 code units too.
 */
final class Positions {
  private Positions() {}

  static int offset(String text, LineIndex lines, Position p) {
    int line = Math.max(0, p.getLine());
    if (line >= lines.lineCount()) {
      return text.length();
    }
    int start = lines.lineStart(line + 1);
    int end = text.indexOf('\n', start);
    int lineEnd = end < 0 ? text.length() : end;
    return Math.min(start + Math.max(0, p.getCharacter()), lineEnd);
  }

  static Position position(LineIndex lines, int offset) {
    return new Position(lines.line(offset) - 1, lines.column(offset) - 1);
  }

  static Range range(LineIndex lines, int start, int end) {
    return new Range(position(lines, start), position(lines, end));
  }

  static Range range(LineIndex lines, SourceRange r) {
    return range(lines, r.start(), r.end());
  }
}
