package io.stagecraft.core.lang;

import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.edit.EditException;
import io.stagecraft.core.edit.StageEdits;
import io.stagecraft.core.edit.TextEdit;
import io.stagecraft.core.model.Edge;
import io.stagecraft.core.syntax.SourceRange;
import io.stagecraft.core.syntax.VariableRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rename of a stage or of an ARG or ENV variable, from its declaration or from any reference. A
 * stage rename is the core edit the canvas and {@code rename-stage} make; a variable rename changes
 * the declaration, every reference that resolves to it, and for a global ARG the stages' bare
 * {@code ARG NAME} that take its default.
 */
public final class Renames {
  private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private Renames() {}

  /** What a rename at an offset would change: the name's range and its current text. */
  public record Prepared(SourceRange range, String placeholder) {}

  /** The rename's edit, and what the user should know about it. */
  public record Result(DocumentEdit edit, List<String> warnings) {}

  /**
   * The name a rename at {@code offset} would change, or null when nothing there can be renamed.
   */
  public static Prepared prepare(Analysis analysis, int offset) {
    Target target = Target.at(analysis, offset);
    if (target instanceof Target.StageName s) {
      if (!s.declaration() && !s.stage().isNamed(s.range().of(analysis.text()))) {
        return null;
      }
      return new Prepared(s.range(), s.stage().label());
    }
    if (target instanceof Target.Variable v
        && v.definition() != null
        && v.definition().kind() != Variables.Kind.AUTOMATIC) {
      return new Prepared(nameRange(analysis, v.range()), v.name());
    }
    return null;
  }

  /**
   * Renames what {@code offset} names to {@code newName}.
   *
   * @throws EditException when nothing there can be renamed, or the new name is not valid there
   */
  public static Result rename(Analysis analysis, int offset, String newName) throws EditException {
    Target target = Target.at(analysis, offset);
    if (prepare(analysis, offset) == null) {
      throw new EditException("Only a stage or a declared ARG or ENV can be renamed.");
    }
    if (target instanceof Target.StageName s) {
      int index = s.stage().index();
      DocumentEdit edit = StageEdits.rename(analysis.graph(), index, newName);
      List<String> warnings = new ArrayList<>();
      for (Edge e : StageEdits.indirectReferences(analysis.graph(), index)) {
        warnings.add(
            "Line "
                + e.line()
                + " names the stage through ARGs ("
                + e.reference()
                + "); it will no longer resolve to it.");
      }
      return new Result(edit, warnings);
    }
    Target.Variable v = (Target.Variable) target;
    if (!VARIABLE_NAME.matcher(newName).matches()) {
      throw new EditException("\"" + newName + "\" is not a valid variable name.");
    }
    List<TextEdit> edits = new ArrayList<>();
    Set<SourceRange> seen = new LinkedHashSet<>();
    for (Variables.Definition d : family(analysis, v.definition())) {
      if (d.nameRange() != null && seen.add(d.nameRange())) {
        edits.add(replace(d.nameRange(), newName));
      }
      for (VariableRef ref : analysis.variables().referencesTo(d)) {
        SourceRange name = nameRange(analysis, ref.range());
        if (seen.add(name)) {
          edits.add(replace(name, newName));
        }
      }
    }
    List<String> warnings =
        v.definition().kind() == Variables.Kind.ENV
            ? List.of()
            : List.of(
                "Build arguments passed as --build-arg " + v.name() + " must be renamed too.");
    return new Result(new DocumentEdit("Rename " + v.name() + " to " + newName, edits), warnings);
  }

  /**
   * The declarations that stand for one variable: a global ARG and the stages' bare redeclarations
   * that take its default, or a single ARG or ENV.
   */
  static List<Variables.Definition> family(Analysis analysis, Variables.Definition definition) {
    boolean global =
        definition.kind() == Variables.Kind.GLOBAL_ARG
            || (definition.kind() == Variables.Kind.ARG
                && definition.value() == null
                && analysis.graph().globalArgs().containsKey(definition.name()));
    if (!global) {
      return List.of(definition);
    }
    return analysis.variables().all().stream()
        .filter(d -> d.name().equals(definition.name()))
        .filter(
            d ->
                d.kind() == Variables.Kind.GLOBAL_ARG
                    || (d.kind() == Variables.Kind.ARG && d.value() == null))
        .toList();
  }

  /** The name inside a {@code $NAME} or {@code ${NAME...}} reference, or the range itself. */
  private static SourceRange nameRange(Analysis analysis, SourceRange range) {
    String text = range.of(analysis.text());
    if (!text.startsWith("$")) {
      return range;
    }
    int start = text.startsWith("${") ? 2 : 1;
    int end = start;
    while (end < text.length()
        && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
      end++;
    }
    return analysis.lines().range(range.start() + start, range.start() + end);
  }

  private static TextEdit replace(SourceRange range, String text) {
    return new TextEdit(range.start(), range.length(), text);
  }
}
