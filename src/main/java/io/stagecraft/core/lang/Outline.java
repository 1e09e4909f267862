package io.stagecraft.core.lang;

import io.stagecraft.core.model.Stage;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.KeyValue;
import io.stagecraft.core.syntax.Keyword;
import io.stagecraft.core.syntax.SourceRange;
import java.util.ArrayList;
import java.util.List;

/** The document's symbols: global ARGs, then the stages with their instructions as children. */
public final class Outline {
  private static final int DETAIL_LENGTH = 60;

  private Outline() {}

  /** What a symbol stands for. */
  public enum Kind {
    STAGE,
    INSTRUCTION,
    VARIABLE
  }

  /**
   * One symbol.
   *
   * @param range everything the symbol spans
   * @param selection the name to select when the symbol is chosen
   */
  public record Symbol(
      String name,
      String detail,
      Kind kind,
      SourceRange range,
      SourceRange selection,
      List<Symbol> children) {}

  public static List<Symbol> of(Analysis analysis) {
    List<Symbol> symbols = new ArrayList<>();
    for (Instruction i : analysis.graph().preamble()) {
      if (i.is(Keyword.ARG)) {
        for (KeyValue pair : i.pairs()) {
          symbols.add(
              new Symbol(
                  pair.name(),
                  pair.value() == null ? "global ARG" : "global ARG = " + pair.value(),
                  Kind.VARIABLE,
                  i.range(),
                  pair.key().range(),
                  List.of()));
        }
      }
    }
    for (Stage s : analysis.graph().stages()) {
      List<Symbol> children = new ArrayList<>();
      for (Instruction i : s.instructions().subList(1, s.instructions().size())) {
        children.add(
            new Symbol(
                i.name(),
                abbreviate(i.arguments()),
                Kind.INSTRUCTION,
                i.range(),
                i.keyword().range(),
                List.of()));
      }
      symbols.add(
          new Symbol(
              s.label(),
              "FROM " + s.base(),
              Kind.STAGE,
              s.range(),
              Navigation.declaration(s),
              List.copyOf(children)));
    }
    return symbols;
  }

  /** The stage symbol whose range contains {@code offset}, or null: what an outline highlights. */
  public static Symbol stageAt(List<Symbol> symbols, int offset) {
    for (Symbol s : symbols) {
      if (s.kind() == Kind.STAGE && s.range().start() <= offset && offset < s.range().end()) {
        return s;
      }
    }
    return null;
  }

  private static String abbreviate(String arguments) {
    String flat = arguments.replaceAll("\\s+", " ").strip();
    return flat.length() <= DETAIL_LENGTH ? flat : flat.substring(0, DETAIL_LENGTH - 1) + "…";
  }
}
