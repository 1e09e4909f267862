package io.stagecraft.core.lang;

import io.stagecraft.core.model.Edge;
import io.stagecraft.core.model.NodeRef;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.syntax.Element;
import io.stagecraft.core.syntax.Flag;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import io.stagecraft.core.syntax.ParserDirective;
import io.stagecraft.core.syntax.SourceRange;
import io.stagecraft.core.syntax.VariableRef;

/** What the text at an offset names, for hover, navigation and rename. */
public sealed interface Target {
  /** Where the name is in the text. */
  SourceRange range();

  /** A stage: its name in FROM ... AS (a declaration), or a reference to it. */
  record StageName(Stage stage, SourceRange range, boolean declaration) implements Target {}

  /** A variable: its name in ARG or ENV (a declaration), or a {@code $} reference. */
  record Variable(
      String name, Variables.Definition definition, SourceRange range, boolean declaration)
      implements Target {}

  /** An external image named by FROM, {@code --from} or {@code from=}. */
  record Image(Edge edge, SourceRange range) implements Target {}

  /** An instruction keyword. */
  record InstructionKeyword(Instruction instruction, SourceRange range) implements Target {}

  /** A builder flag's name. */
  record FlagName(Instruction instruction, Flag flag, SourceRange range) implements Target {}

  /** A key of a {@code --mount} value. */
  record MountKey(String key, SourceRange range) implements Target {}

  /** A parser directive. */
  record Directive(ParserDirective directive, SourceRange range) implements Target {}

  /** What the text at {@code offset} names, or null for plain text. */
  static Target at(Analysis analysis, int offset) {
    Element element = analysis.dockerfile().elementAt(offset);
    if (element == null && offset > 0) {
      element = analysis.dockerfile().elementAt(offset - 1);
    }
    if (element instanceof ParserDirective d) {
      return new Directive(d, d.name().range());
    }
    if (!(element instanceof Instruction instruction)) {
      return null;
    }
    Target variable = variable(analysis, instruction, offset);
    if (variable != null) {
      return variable;
    }
    for (Edge e : analysis.graph().edges()) {
      if (e.referenceRange() != null && touches(e.referenceRange(), offset)) {
        if (e.from() instanceof NodeRef.StageRef s) {
          return new StageName(analysis.graph().stages().get(s.index()), e.referenceRange(), false);
        }
        return new Image(e, e.referenceRange());
      }
    }
    for (Stage s : analysis.graph().stages()) {
      if (s.nameWord() != null && touches(s.nameWord().range(), offset)) {
        return new StageName(s, s.nameWord().range(), true);
      }
    }
    return in(analysis, instruction, offset);
  }

  private static Target variable(Analysis analysis, Instruction instruction, int offset) {
    for (VariableRef ref : Variables.references(instruction)) {
      if (touches(ref.range(), offset)) {
        return new Variable(
            ref.name(),
            analysis.variables().resolve(ref.name(), ref.range().start()),
            ref.range(),
            false);
      }
    }
    return null;
  }

  private static Target in(Analysis analysis, Instruction instruction, int offset) {
    if (instruction.is(Keyword.ARG) || instruction.is(Keyword.ENV)) {
      for (var pair : instruction.pairs()) {
        if (touches(pair.key().range(), offset)) {
          Variables.Definition d =
              analysis.variables().all().stream()
                  .filter(def -> def.nameRange().equals(pair.key().range()))
                  .findFirst()
                  .orElse(null);
          return new Variable(pair.name(), d, pair.key().range(), true);
        }
      }
    }
    if (touches(instruction.keyword().range(), offset)) {
      return new InstructionKeyword(instruction, instruction.keyword().range());
    }
    for (Flag f : instruction.flags()) {
      if (touches(f.nameToken().range(), offset)) {
        return new FlagName(instruction, f, f.nameToken().range());
      }
      if (f.name().equals("mount") && f.hasValue() && f.valueRange().contains(offset)) {
        for (Flag.Option o : f.options()) {
          int keyEnd = o.valueRange() != null ? o.valueRange().start() - 1 : o.range().end();
          if (offset >= o.range().start() && offset <= keyEnd) {
            SourceRange keyRange =
                analysis.lines().range(o.range().start(), Math.max(o.range().start(), keyEnd));
            return new MountKey(o.key(), keyRange);
          }
        }
      }
    }
    if (instruction.trigger() != null) {
      return in(analysis, instruction.trigger(), offset);
    }
    return null;
  }

  /** True when {@code offset} is inside {@code range} or just after its end (a caret after it). */
  private static boolean touches(SourceRange range, int offset) {
    return offset >= range.start() && offset <= range.end();
  }
}
