package io.stagecraft.core.edit;

import io.stagecraft.core.model.Edge;
import io.stagecraft.core.model.EdgeKind;
import io.stagecraft.core.model.NodeRef;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.syntax.Comment;
import io.stagecraft.core.syntax.Element;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The structural edits of the stage canvas, each computed from the syntax tree as text replacements
 * that leave every other byte alone.
 */
public final class StageEdits {
  /** Instructions that conventionally end a stage; new COPY lines go before them. */
  private static final Set<Keyword> STAGE_TAIL =
      EnumSet.of(
          Keyword.USER,
          Keyword.EXPOSE,
          Keyword.HEALTHCHECK,
          Keyword.CMD,
          Keyword.ENTRYPOINT,
          Keyword.STOPSIGNAL);

  private StageEdits() {}

  /**
   * Renames a stage: its {@code AS} name, every {@code FROM <stage>}, every {@code COPY
   * --from=<stage>} and every {@code RUN --mount=...,from=<stage>} that names it. References by
   * index are left as they are, since they stay correct. An unnamed stage gets an {@code AS}
   * clause.
   */
  public static DocumentEdit rename(StageGraph graph, int stageIndex, String newName)
      throws EditException {
    Stage stage = stage(graph, stageIndex);
    String problem = StageNames.problem(graph, newName, stageIndex);
    if (problem != null) {
      throw new EditException(problem);
    }
    List<TextEdit> edits = new ArrayList<>();
    if (stage.nameWord() == null) {
      if (stage.baseWord() == null || stage.from().words().size() != 1) {
        throw new EditException(
            "The FROM of stage "
                + stageIndex
                + " on line "
                + stage.line()
                + " is not complete enough to name.");
      }
      edits.add(TextEdit.insert(stage.baseWord().range().end(), " AS " + newName));
    } else {
      edits.add(replace(stage.nameWord().range(), newName));
      for (Edge e : graph.edges()) {
        if (e.fromStage(stageIndex) && stage.isNamed(e.reference())) {
          edits.add(replace(e.referenceRange(), newName));
        }
      }
    }
    return new DocumentEdit("Rename stage " + stage.label() + " to " + newName, edits);
  }

  /**
   * References to a stage that a rename cannot follow, because they name it through an ARG (such as
   * {@code FROM binaries-${TARGETOS}}): after a rename they no longer resolve to it.
   */
  public static List<Edge> indirectReferences(StageGraph graph, int stageIndex) {
    Stage stage = graph.stages().get(stageIndex);
    return graph.edgesFrom(stageIndex).stream()
        .filter(e -> !stage.isNamed(e.reference()) && !isNumber(e.reference()))
        .toList();
  }

  /**
   * Adds {@code FROM base AS name} as a new stage before stage {@code beforeIndex}, or at the end
   * when it is -1 or past the last stage. References by index to later stages are shifted.
   */
  public static DocumentEdit addStage(StageGraph graph, String name, String base, int beforeIndex)
      throws EditException {
    String problem = StageNames.problem(graph, name, -1);
    if (problem != null) {
      throw new EditException(problem);
    }
    if (base == null || base.isBlank() || base.strip().chars().anyMatch(Character::isWhitespace)) {
      throw new EditException("The base image must be one word, such as debian:bookworm-slim.");
    }
    String from = "FROM " + base.strip() + " AS " + name + "\n";
    String text = graph.dockerfile().text();
    List<TextEdit> edits = new ArrayList<>();
    if (beforeIndex < 0 || beforeIndex >= graph.stages().size()) {
      String separator =
          text.isEmpty() ? "" : text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n";
      edits.add(TextEdit.insert(text.length(), separator + from));
    } else {
      Stage before = graph.stages().get(beforeIndex);
      edits.add(TextEdit.insert(leadingCommentsStart(graph, before.from()), from + "\n"));
      edits.addAll(shiftIndexReferences(graph, beforeIndex, +1));
    }
    return new DocumentEdit("Add stage " + name, edits);
  }

  /**
   * Deletes a stage: its FROM and every instruction up to the next stage. With {@code
   * removeReferences}, COPY instructions that copy from it are deleted too, and stages built FROM
   * it are rebased onto its own base image. References by index to later stages are shifted.
   */
  public static DocumentEdit deleteStage(StageGraph graph, int stageIndex, boolean removeReferences)
      throws EditException {
    Stage stage = stage(graph, stageIndex);
    String text = graph.dockerfile().text();
    List<TextEdit> edits = new ArrayList<>();
    int end = skipBlankLines(text, stage.range().end());
    edits.add(TextEdit.delete(stage.range().start(), end - stage.range().start()));
    for (Edge e : graph.edgesFrom(stageIndex)) {
      if (!removeReferences) {
        break;
      }
      if (e.kind() == EdgeKind.COPY) {
        Instruction copy = e.instruction();
        edits.add(TextEdit.delete(copy.range().start(), copy.range().length()));
      } else if (e.kind() == EdgeKind.BASE) {
        edits.add(replace(e.referenceRange(), stage.base()));
      }
    }
    edits.addAll(shiftIndexReferences(graph, stageIndex + 1, -1));
    return new DocumentEdit("Delete stage " + stage.label(), edits);
  }

  /**
   * Adds {@code COPY --from=<source> <src> <dst>} to stage {@code targetIndex}: after its last COPY
   * or ADD, else before the instructions that end a stage (USER, EXPOSE, CMD, ...), else at its
   * end.
   */
  public static DocumentEdit addCopyFrom(
      StageGraph graph, int sourceIndex, String sourcePath, String destinationPath, int targetIndex)
      throws EditException {
    Stage source = stage(graph, sourceIndex);
    Stage target = stage(graph, targetIndex);
    if (sourceIndex >= targetIndex) {
      throw new EditException(
          "A stage can only copy from an earlier stage: move "
              + source.label()
              + " before "
              + target.label()
              + " first.");
    }
    if (sourcePath == null
        || sourcePath.isBlank()
        || destinationPath == null
        || destinationPath.isBlank()) {
      throw new EditException("COPY needs a source path and a destination path.");
    }
    String line =
        "COPY --from="
            + source.label()
            + " "
            + CopyPaths.format(sourcePath.strip(), destinationPath.strip());
    return insertIntoStage(
        graph,
        target,
        line,
        "Copy " + sourcePath.strip() + " from " + source.label() + " into " + target.label());
  }

  /** Deletes one instruction with its continuation lines and heredoc bodies. */
  public static DocumentEdit deleteInstruction(StageGraph graph, Instruction instruction)
      throws EditException {
    if (instruction.is(Keyword.FROM)) {
      throw new EditException("A FROM starts a stage: delete the stage instead.");
    }
    return DocumentEdit.of(
        "Delete " + instruction.name() + " on line " + instruction.line(),
        TextEdit.delete(instruction.range().start(), instruction.range().length()));
  }

  /**
   * Moves an instruction (with its continuation lines and heredocs) into stage {@code targetIndex},
   * before that stage's instruction at {@code position} (1 is right after the FROM), or to its end
   * when {@code position} is -1 or past the end.
   */
  public static DocumentEdit moveInstruction(
      StageGraph graph, Instruction instruction, int targetIndex, int position)
      throws EditException {
    if (instruction.is(Keyword.FROM)) {
      throw new EditException("A FROM cannot be moved into another stage.");
    }
    Stage target = stage(graph, targetIndex);
    String text = graph.dockerfile().text();
    String moved = instruction.range().of(text);
    int at;
    List<Instruction> list = target.instructions();
    if (position >= 1 && position < list.size()) {
      at = lineStart(text, list.get(position).range().start());
    } else {
      at = target.range().end();
    }
    List<TextEdit> edits = new ArrayList<>();
    if (at > instruction.range().start() && at < instruction.range().end()) {
      throw new EditException("An instruction cannot be moved into itself.");
    }
    boolean needsBreakBefore = at > 0 && text.charAt(at - 1) != '\n';
    if (!moved.endsWith("\n")) {
      moved = moved + "\n";
    }
    edits.add(TextEdit.insert(at, (needsBreakBefore ? "\n" : "") + moved));
    edits.add(TextEdit.delete(instruction.range().start(), instruction.range().length()));
    return new DocumentEdit("Move " + instruction.name() + " to stage " + target.label(), edits);
  }

  private static DocumentEdit insertIntoStage(
      StageGraph graph, Stage target, String line, String description) {
    String text = graph.dockerfile().text();
    List<Instruction> list = target.instructions();
    Instruction lastCopy = null;
    Instruction firstTail = null;
    for (Instruction i : list.subList(1, list.size())) {
      if (i.is(Keyword.COPY) || i.is(Keyword.ADD)) {
        lastCopy = i;
        firstTail = null;
      } else if (firstTail == null && i.kind() != null && STAGE_TAIL.contains(i.kind())) {
        firstTail = i;
      }
    }
    Instruction anchor = lastCopy != null ? lastCopy : firstTail;
    String indent;
    int at;
    if (lastCopy == null && firstTail != null) {
      at = lineStart(text, firstTail.range().start());
      indent = indentation(text, firstTail);
    } else {
      Instruction after = lastCopy != null ? lastCopy : list.get(list.size() - 1);
      at = after.range().end();
      indent = anchor != null ? indentation(text, anchor) : "";
    }
    String prefix = at > 0 && text.charAt(at - 1) != '\n' ? "\n" : "";
    return DocumentEdit.of(description, TextEdit.insert(at, prefix + indent + line + "\n"));
  }

  /**
   * Rewrites numeric stage references ({@code COPY --from=1}) at or above {@code fromIndex} by
   * {@code delta}: what a stage inserted or deleted before them needs.
   */
  public static List<TextEdit> shiftIndexReferences(StageGraph graph, int fromIndex, int delta) {
    List<TextEdit> edits = new ArrayList<>();
    for (Edge e : graph.edges()) {
      if (e.from() instanceof NodeRef.StageRef ref
          && ref.index() >= fromIndex
          && isNumber(e.reference())) {
        edits.add(replace(e.referenceRange(), Integer.toString(ref.index() + delta)));
      }
    }
    return edits;
  }

  private static boolean isNumber(String s) {
    return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
  }

  private static Stage stage(StageGraph graph, int index) throws EditException {
    if (index < 0 || index >= graph.stages().size()) {
      throw new EditException("There is no stage " + index + ".");
    }
    return graph.stages().get(index);
  }

  private static TextEdit replace(io.stagecraft.core.syntax.SourceRange range, String text) {
    return new TextEdit(range.start(), range.length(), text);
  }

  /** Where the comment lines directly above {@code instruction} start; they belong to it. */
  public static int leadingCommentsStart(StageGraph graph, Instruction instruction) {
    List<Element> elements = graph.dockerfile().elements();
    int i = elements.indexOf(instruction);
    int start = instruction.range().start();
    while (i > 0 && elements.get(i - 1) instanceof Comment comment) {
      start = comment.range().start();
      i--;
    }
    return start;
  }

  private static int lineStart(String text, int offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
  }

  private static String indentation(String text, Instruction i) {
    int start = lineStart(text, i.range().start());
    int end = start;
    while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
      end++;
    }
    return text.substring(start, end);
  }

  private static int skipBlankLines(String text, int offset) {
    int pos = offset;
    while (pos < text.length()) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? text.length() : nl;
      if (!text.substring(pos, lineEnd).isBlank()) {
        break;
      }
      pos = nl < 0 ? text.length() : nl + 1;
    }
    return pos;
  }
}
