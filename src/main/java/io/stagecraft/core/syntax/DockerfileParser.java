package io.stagecraft.core.syntax;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a Dockerfile into top-level elements line by line, as BuildKit's parser does: parser
 * directives, comments, blank lines and instructions with their continuation lines and heredoc
 * bodies. Every line lands in exactly one element.
 */
final class DockerfileParser {
  private static final char BOM = '\uFEFF';

  private final String text;
  private final LineIndex lines;
  private final Diagnostics diagnostics = new Diagnostics();
  private final List<Element> elements = new ArrayList<>();
  private final Set<String> seenDirectives = new HashSet<>();
  private char escape = '\\';
  private boolean directivesDone;
  private boolean afterShebang;

  // The current physical line: [lineStart, contentEnd) without its line break, next line at
  // lineNext.
  private int lineStart;
  private int contentStart;
  private int contentEnd;
  private int lineNext;

  DockerfileParser(String text) {
    this.text = text;
    this.lines = new LineIndex(text);
  }

  Dockerfile parse() {
    int pos = 0;
    while (pos < text.length()) {
      readLine(pos);
      pos = lineNext;
      int first = Chars.skipSpaces(text, contentStart, contentEnd);
      if (!directivesDone && directive(first)) {
        continue;
      }
      directivesDone = true;
      if (first >= contentEnd) {
        elements.add(new BlankLine(lines.range(lineStart, lineNext)));
      } else if (text.charAt(first) == '#') {
        elements.add(new Comment(lines.range(lineStart, lineNext), token(first, contentEnd)));
      } else {
        pos = instruction(first);
      }
    }
    if (elements.stream().noneMatch(Instruction.class::isInstance)) {
      int end = endOfLastLine();
      diagnostics.error(lines.range(end, end), "no-instructions", "file with no instructions");
    }
    return new Dockerfile(text, elements, diagnostics.list(), escape, lines);
  }

  /** Where the last line's content ends: BuildKit reports a file-wide error on that line. */
  private int endOfLastLine() {
    int end = text.length();
    if (end > 0 && text.charAt(end - 1) == '\n') {
      end--;
      if (end > 0 && text.charAt(end - 1) == '\r') {
        end--;
      }
    }
    return end;
  }

  private void readLine(int pos) {
    lineStart = pos;
    contentStart = pos == 0 && !text.isEmpty() && text.charAt(0) == BOM ? 1 : pos;
    int nl = text.indexOf('\n', pos);
    lineNext = nl < 0 ? text.length() : nl + 1;
    contentEnd = nl < 0 ? text.length() : nl;
    if (contentEnd > contentStart && text.charAt(contentEnd - 1) == '\r') {
      contentEnd--;
    }
  }

  private Token token(int start, int end) {
    return new Token(lines.range(start, end), text.substring(start, end));
  }

  /**
   * Recognises {@code # name=value} for the known directives in the leading block. Returns false,
   * ending the block, for any other line. A shebang line is skipped without ending it, since
   * BuildKit still reads {@code syntax} and {@code check} after one; but it reads the escape
   * character in a pass that stops at the shebang, so an {@code escape} after one is a comment.
   */
  private boolean directive(int first) {
    if (first >= contentEnd || text.charAt(first) != '#') {
      return false;
    }
    if (first + 1 < contentEnd && text.charAt(first + 1) == '!') {
      afterShebang = true;
      elements.add(new Comment(lines.range(lineStart, lineNext), token(first, contentEnd)));
      return true;
    }
    int nameStart = Chars.skipSpaces(text, first + 1, contentEnd);
    int nameEnd = nameStart;
    if (nameEnd >= contentEnd
        || !Character.isLetter(text.charAt(nameEnd))
        || text.charAt(nameEnd) > 'z') {
      return false;
    }
    while (nameEnd < contentEnd && isAsciiAlnum(text.charAt(nameEnd))) {
      nameEnd++;
    }
    int eq = Chars.skipSpaces(text, nameEnd, contentEnd);
    if (eq >= contentEnd || text.charAt(eq) != '=') {
      return false;
    }
    int valueStart = Chars.skipSpaces(text, eq + 1, contentEnd);
    int valueEnd = Chars.trimTrailingSpaces(text, valueStart, contentEnd);
    if (valueStart >= valueEnd) {
      return false;
    }
    String name = text.substring(nameStart, nameEnd).toLowerCase(java.util.Locale.ROOT);
    if (!name.equals("syntax") && !name.equals("escape") && !name.equals("check")) {
      return false;
    }
    if (afterShebang && name.equals("escape")) {
      return false;
    }
    Token nameToken = token(nameStart, nameEnd);
    Token value = token(valueStart, valueEnd);
    if (!seenDirectives.add(name)) {
      diagnostics.error(
          nameToken.range(),
          "duplicate-directive",
          "only one " + name + " parser directive can be used");
    } else if (name.equals("escape")) {
      if (value.text().equals("`") || value.text().equals("\\")) {
        escape = value.text().charAt(0);
      } else {
        diagnostics.error(
            value.range(),
            "invalid-escape",
            "invalid escape token '" + value.text() + "' does not match ` or \\");
      }
    }
    elements.add(new ParserDirective(lines.range(lineStart, lineNext), nameToken, value));
    return true;
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * Reads an instruction starting at {@code first} on the current line; returns the next offset.
   */
  private int instruction(int first) {
    int start = lineStart;
    LogicalLineBuilder logical = new LogicalLineBuilder(text);
    List<SourceRange> innerComments = new ArrayList<>();
    boolean continues = appendContent(logical, first);
    int next = lineNext;
    while (continues && next < text.length()) {
      readLine(next);
      next = lineNext;
      int firstChar = Chars.skipSpaces(text, contentStart, contentEnd);
      if (firstChar < contentEnd && text.charAt(firstChar) == '#') {
        innerComments.add(lines.range(firstChar, contentEnd));
        continue;
      }
      if (firstChar >= contentEnd) {
        diagnostics.warning(
            lines.range(lineStart, contentEnd),
            "empty-continuation",
            "empty continuation line; a future version may end the instruction here");
        continue;
      }
      continues = appendContent(logical, contentStart);
    }
    MappedText line = logical.build(lines);
    InstructionParser parser = new InstructionParser(escape, lines, diagnostics);
    Instruction parsed =
        parser.parse(line, 0, lines.range(start, next), List.copyOf(innerComments));
    Instruction result = parsed;
    if (parsed.is(Keyword.ONBUILD)
        && parsed.trigger() != null
        && !parsed.trigger().heredocs().isEmpty()) {
      List<Heredoc> heredocs = new ArrayList<>();
      next = heredocBodies(parsed.trigger().heredocs(), next, heredocs);
      result =
          withExtent(
              parsed,
              lines.range(start, next),
              heredocs,
              withExtent(
                  parsed.trigger(),
                  lines.range(start, next),
                  heredocs,
                  parsed.trigger().trigger()));
    } else if (!parsed.heredocs().isEmpty()) {
      List<Heredoc> heredocs = new ArrayList<>();
      next = heredocBodies(parsed.heredocs(), next, heredocs);
      result = withExtent(parsed, lines.range(start, next), heredocs, parsed.trigger());
    }
    elements.add(result);
    return next;
  }

  private static Instruction withExtent(
      Instruction i, SourceRange range, List<Heredoc> heredocs, Instruction trigger) {
    return new Instruction(
        range,
        i.keyword(),
        i.kind(),
        i.flags(),
        i.arguments(),
        i.argumentsRange(),
        i.form(),
        i.words(),
        i.pairs(),
        List.copyOf(heredocs),
        i.variables(),
        trigger,
        i.innerComments());
  }

  /**
   * Appends the current line's content from {@code from} to the logical line, without a trailing
   * line continuation. Returns whether the instruction continues on the next line.
   *
   * <p>The line continues when its last character other than spaces and tabs is the escape, and
   * that escape is the line's first character or follows anything but another escape: BuildKit's
   * rule, under which {@code trailing\\} ends with an escaped escape, not a continuation (and so
   * does {@code \\\}, which BuildKit's own comment calls a known limitation).
   */
  private boolean appendContent(LogicalLineBuilder logical, int from) {
    int end = contentEnd;
    int probe = end;
    while (probe > from && (text.charAt(probe - 1) == ' ' || text.charAt(probe - 1) == '\t')) {
      probe--;
    }
    boolean continues =
        probe > from
            && text.charAt(probe - 1) == escape
            && (probe - 1 == from || text.charAt(probe - 2) != escape);
    logical.append(from, continues ? probe - 1 : end);
    return continues;
  }

  /** Reads the bodies of the heredocs named on the instruction; returns the offset after them. */
  private int heredocBodies(List<Heredoc> markers, int next, List<Heredoc> out) {
    for (Heredoc marker : markers) {
      int bodyStart = next;
      int terminatorStart = -1;
      while (next < text.length()) {
        readLine(next);
        next = lineNext;
        int from = lineStart;
        if (marker.chomp()) {
          while (from < contentEnd && text.charAt(from) == '\t') {
            from++;
          }
        }
        if (contentEnd - from == marker.name().length() && text.startsWith(marker.name(), from)) {
          terminatorStart = lineStart;
          break;
        }
      }
      SourceRange body = lines.range(bodyStart, terminatorStart < 0 ? next : terminatorStart);
      SourceRange terminator = terminatorStart < 0 ? null : lines.range(terminatorStart, next);
      if (terminator == null) {
        diagnostics.error(
            marker.marker(),
            "unterminated-heredoc",
            "unterminated heredoc: no line reads " + marker.name());
      }
      out.add(
          new Heredoc(
              marker.marker(),
              marker.name(),
              marker.fileDescriptor(),
              marker.chomp(),
              marker.expand(),
              body,
              terminator));
    }
    return next;
  }
}
