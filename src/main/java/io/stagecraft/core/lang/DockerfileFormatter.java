package io.stagecraft.core.lang;

import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.edit.TextEdit;
import io.stagecraft.core.syntax.ArgumentForm;
import io.stagecraft.core.syntax.Element;
import io.stagecraft.core.syntax.Heredoc;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.SourceRange;
import io.stagecraft.core.syntax.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Formats instructions as docs/adr/0023-language-services.md describes: keyword casing, one space
 * after the keyword, the indentation of continuation lines, and the spacing of the JSON form.
 * Comments, blank lines and heredoc bodies are never touched, and formatting twice changes nothing
 * more.
 */
public final class DockerfileFormatter {
  private DockerfileFormatter() {}

  /**
   * The formatting choices.
   *
   * @param upperCaseKeywords write instruction keywords (and AS) in upper case
   * @param singleSpaceAfterKeyword exactly one space between the keyword and what follows it
   * @param continuationIndent spaces before the text of a continuation line; negative keeps it
   * @param jsonSpacing write the JSON form as {@code ["a", "b"]}
   */
  public record Options(
      boolean upperCaseKeywords,
      boolean singleSpaceAfterKeyword,
      int continuationIndent,
      boolean jsonSpacing) {
    public static Options defaults() {
      return new Options(true, true, 4, true);
    }
  }

  /** The edit that formats the whole document. */
  public static DocumentEdit document(Analysis analysis, Options options) {
    return range(analysis, 0, analysis.text().length(), options);
  }

  /** The edit that formats the instructions that overlap {@code start}..{@code end}. */
  public static DocumentEdit range(Analysis analysis, int start, int end, Options options) {
    List<TextEdit> edits = new ArrayList<>();
    String text = analysis.text();
    for (Element e : analysis.dockerfile().elements()) {
      if (e instanceof Instruction i
          && i.range().start() <= end
          && (i.range().end() > start || i.range().start() == start)) {
        instruction(text, i, options, edits, true);
      }
    }
    edits.sort(java.util.Comparator.comparingInt(TextEdit::offset));
    return new DocumentEdit("Format", dropOverlaps(edits));
  }

  private static void instruction(
      String text, Instruction i, Options options, List<TextEdit> edits, boolean outer) {
    SourceRange keyword = i.keyword().range();
    if (options.upperCaseKeywords()) {
      String upper = i.keyword().text().toUpperCase(Locale.ROOT);
      if (i.kind() != null && !upper.equals(i.keyword().text())) {
        edits.add(new TextEdit(keyword.start(), keyword.length(), upper));
      }
      asKeyword(i, edits);
    }
    if (options.singleSpaceAfterKeyword()) {
      int after = keyword.end();
      int next = after;
      while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
        next++;
      }
      boolean followed =
          next < text.length() && text.charAt(next) != '\n' && text.charAt(next) != '\r';
      if (next > after && followed && !text.substring(after, next).equals(" ")) {
        edits.add(new TextEdit(after, next - after, " "));
      }
    }
    if (options.jsonSpacing() && i.form() == ArgumentForm.EXEC) {
      json(text, i, edits);
    }
    if (i.trigger() != null) {
      instruction(text, i.trigger(), options, edits, false);
    }
    if (outer && options.continuationIndent() >= 0) {
      continuations(text, i, options.continuationIndent(), edits);
    }
  }

  /** Upper-cases the AS of {@code FROM image AS name}. */
  private static void asKeyword(Instruction i, List<TextEdit> edits) {
    if (i.kind() == io.stagecraft.core.syntax.Keyword.FROM && i.words().size() == 3) {
      Word as = i.words().get(1);
      if (as.raw().equalsIgnoreCase("as") && !as.raw().equals("AS")) {
        edits.add(new TextEdit(as.range().start(), as.range().length(), "AS"));
      }
    }
  }

  private static void json(String text, Instruction i, List<TextEdit> edits) {
    SourceRange args = i.argumentsRange();
    String written = args.of(text);
    if (written.indexOf('\n') >= 0 || !written.startsWith("[") || !written.endsWith("]")) {
      return;
    }
    StringBuilder out = new StringBuilder("[");
    for (int w = 0; w < i.words().size(); w++) {
      out.append(w == 0 ? "" : ", ").append(i.words().get(w).raw());
    }
    String formatted = out.append(']').toString();
    if (!formatted.equals(written)) {
      edits.add(new TextEdit(args.start(), args.length(), formatted));
    }
  }

  /**
   * Indents each continuation line that holds instruction text. Lines inside heredoc bodies,
   * comment lines and empty lines keep their text.
   */
  private static void continuations(String text, Instruction i, int indent, List<TextEdit> edits) {
    int end = i.range().end();
    for (Heredoc h : i.heredocs()) {
      end = Math.min(end, h.body().start());
    }
    String spaces = " ".repeat(indent);
    int lineStart = text.indexOf('\n', i.range().start());
    while (lineStart >= 0 && lineStart + 1 < end) {
      int start = lineStart + 1;
      int textStart = start;
      while (textStart < end && (text.charAt(textStart) == ' ' || text.charAt(textStart) == '\t')) {
        textStart++;
      }
      boolean blank =
          textStart >= end || text.charAt(textStart) == '\n' || text.charAt(textStart) == '\r';
      boolean comment = !blank && text.charAt(textStart) == '#';
      if (!blank && !comment && !text.substring(start, textStart).equals(spaces)) {
        edits.add(new TextEdit(start, textStart - start, spaces));
      }
      lineStart = text.indexOf('\n', start);
    }
  }

  /** Keeps the first of edits that overlap, so a JSON rewrite and a keyword edit never clash. */
  private static List<TextEdit> dropOverlaps(List<TextEdit> sorted) {
    List<TextEdit> kept = new ArrayList<>();
    int end = -1;
    for (TextEdit e : sorted) {
      if (e.offset() >= end) {
        kept.add(e);
        end = e.end();
      }
    }
    return kept;
  }
}
