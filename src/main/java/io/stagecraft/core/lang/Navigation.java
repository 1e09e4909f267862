package io.stagecraft.core.lang;

import io.stagecraft.core.model.Edge;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.syntax.SourceRange;
import io.stagecraft.core.syntax.VariableRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Go to definition and find references, for stages and variables. */
public final class Navigation {
  private Navigation() {}

  /**
   * Where the stage or variable named at {@code offset} is declared: the stage's name after AS (its
   * FROM when it has no name), or the ARG or ENV that declares the variable. Null when there is no
   * declaration in the file.
   */
  public static SourceRange definition(Analysis analysis, int offset) {
    Target target = Target.at(analysis, offset);
    if (target instanceof Target.StageName s) {
      return declaration(s.stage());
    }
    if (target instanceof Target.Variable v && v.definition() != null) {
      return v.definition().nameRange();
    }
    return null;
  }

  /**
   * Every place that names the same stage or variable as {@code offset}, the declaration included,
   * in text order. Empty when the offset names neither.
   */
  public static List<SourceRange> references(Analysis analysis, int offset) {
    Target target = Target.at(analysis, offset);
    List<SourceRange> ranges = new ArrayList<>();
    if (target instanceof Target.StageName s) {
      ranges.add(declaration(s.stage()));
      for (Edge e : analysis.graph().edgesFrom(s.stage().index())) {
        if (e.referenceRange() != null) {
          ranges.add(e.referenceRange());
        }
      }
    } else if (target instanceof Target.Variable v && v.definition() != null) {
      for (Variables.Definition d : Renames.family(analysis, v.definition())) {
        if (d.nameRange() != null) {
          ranges.add(d.nameRange());
        }
        for (VariableRef ref : analysis.variables().referencesTo(d)) {
          ranges.add(ref.range());
        }
      }
    }
    ranges.sort(Comparator.comparingInt(SourceRange::start));
    return ranges.stream().distinct().toList();
  }

  static SourceRange declaration(Stage stage) {
    return stage.nameWord() != null ? stage.nameWord().range() : stage.from().keyword().range();
  }
}
