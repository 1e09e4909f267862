package io.stagecraft.core.lang;

import io.stagecraft.core.lint.StageChain;
import io.stagecraft.core.model.ArgExpander;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.KeyValue;
import io.stagecraft.core.syntax.Keyword;
import io.stagecraft.core.syntax.SourceRange;
import io.stagecraft.core.syntax.VariableRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ARG and ENV variables of a Dockerfile, scoped as BuildKit scopes them: ARGs before the first
 * FROM are global and visible in FROM lines only; inside a stage an ARG is visible from the
 * instruction after its declaration (a bare {@code ARG NAME} takes the global default), and ENV is
 * visible there and in every stage built {@code FROM} this one.
 */
public final class Variables {
  /** Where a variable comes from. */
  public enum Kind {
    GLOBAL_ARG,
    ARG,
    ENV,
    /** One of BuildKit's platform arguments, such as TARGETOS. */
    AUTOMATIC
  }

  /**
   * One declaration.
   *
   * @param value the default or value as written, or null for a bare ARG
   * @param nameRange where the name is declared; null for automatic arguments
   * @param instruction the declaring instruction; null for automatic arguments
   * @param stage the stage's index, or -1 before the first FROM
   */
  public record Definition(
      String name,
      Kind kind,
      String value,
      SourceRange nameRange,
      Instruction instruction,
      int stage) {}

  /** BuildKit's automatic platform arguments, for a linux/amd64 build on linux/amd64. */
  public static final Map<String, String> AUTOMATIC_ARGS = automaticArgs();

  private final Analysis analysis;
  private final StageGraph graph;
  private final List<Definition> definitions = new ArrayList<>();

  Variables(Analysis analysis) {
    this.analysis = analysis;
    this.graph = analysis.graph();
    for (Instruction i : graph.preamble()) {
      if (i.is(Keyword.ARG)) {
        declare(i, Kind.GLOBAL_ARG, -1);
      }
    }
    for (Stage s : graph.stages()) {
      for (Instruction i : s.instructions()) {
        if (i.is(Keyword.ARG)) {
          declare(i, Kind.ARG, s.index());
        } else if (i.is(Keyword.ENV)) {
          declare(i, Kind.ENV, s.index());
        }
      }
    }
  }

  private void declare(Instruction i, Kind kind, int stage) {
    for (KeyValue pair : i.pairs()) {
      definitions.add(
          new Definition(pair.name(), kind, pair.value(), pair.key().range(), i, stage));
    }
  }

  public List<Definition> all() {
    return definitions;
  }

  /**
   * The variables visible at {@code offset}, the innermost declaration of each name last wins, in
   * declaration order.
   */
  public List<Definition> visibleAt(int offset) {
    Stage stage = analysis.stageAt(offset);
    Map<String, Definition> visible = new LinkedHashMap<>();
    if (stage == null || analysis.instructionAt(offset) == stage.from()) {
      AUTOMATIC_ARGS.forEach(
          (name, value) ->
              visible.put(name, new Definition(name, Kind.AUTOMATIC, value, null, null, -1)));
      for (Definition d : definitions) {
        if (d.kind == Kind.GLOBAL_ARG && d.instruction.range().end() <= offset) {
          visible.put(d.name, d);
        }
      }
      return List.copyOf(visible.values());
    }
    // The stages it is built FROM, the first ancestor first, so later ENVs win.
    List<Stage> chain = StageChain.of(graph, stage);
    for (Stage ancestor : chain.subList(0, chain.size() - 1)) {
      for (Definition d : definitions) {
        if (d.stage == ancestor.index() && d.kind == Kind.ENV) {
          visible.put(d.name, d);
        }
      }
    }
    for (Definition d : definitions) {
      if (d.stage == stage.index() && d.instruction.range().end() <= offset) {
        visible.put(d.name, d);
      }
    }
    return List.copyOf(visible.values());
  }

  /** The declaration that a reference at {@code offset} named {@code name} resolves to, or null. */
  public Definition resolve(String name, int offset) {
    Definition found = null;
    for (Definition d : visibleAt(offset)) {
      if (d.name.equals(name)) {
        found = d;
      }
    }
    return found;
  }

  /**
   * The value a variable has at {@code offset}, with the variables before it substituted; null when
   * it has none or it cannot be known without build arguments.
   */
  public String valueAt(String name, int offset) {
    Definition d = resolve(name, offset);
    if (d == null) {
      return null;
    }
    String value = d.value;
    if (value == null && d.kind == Kind.ARG) {
      value = graph.globalArgs().get(name);
      if (value == null) {
        value = AUTOMATIC_ARGS.get(name);
      }
    }
    if (value == null) {
      return null;
    }
    Map<String, String> known = new LinkedHashMap<>();
    int at = d.instruction == null ? offset : d.instruction.range().start();
    for (Definition earlier : visibleAt(at)) {
      if (!earlier.name.equals(name) && earlier.value != null) {
        known.put(earlier.name, earlier.value);
      }
    }
    String expanded = new ArgExpander(known).expand(value);
    return expanded != null ? expanded : value;
  }

  /** Every reference to {@code definition}'s variable that resolves to it. */
  public List<VariableRef> referencesTo(Definition definition) {
    List<VariableRef> refs = new ArrayList<>();
    for (Instruction i : graph.dockerfile().instructions()) {
      for (VariableRef ref : references(i)) {
        if (ref.name().equals(definition.name)
            && sameDefinition(resolve(ref.name(), ref.range().start()), definition)) {
          refs.add(ref);
        }
      }
    }
    return refs;
  }

  private static boolean sameDefinition(Definition a, Definition b) {
    return a != null
        && a.name.equals(b.name)
        && a.kind == b.kind
        && a.stage == b.stage
        && (a.nameRange == null ? b.nameRange == null : a.nameRange.equals(b.nameRange));
  }

  /** The variable references of an instruction, its ONBUILD or HEALTHCHECK trigger's included. */
  public static List<VariableRef> references(Instruction i) {
    if (i.trigger() == null) {
      return i.variables();
    }
    List<VariableRef> all = new ArrayList<>(i.variables());
    all.addAll(references(i.trigger()));
    return all;
  }

  private static Map<String, String> automaticArgs() {
    Map<String, String> args = new LinkedHashMap<>();
    for (String side : List.of("TARGET", "BUILD")) {
      args.put(side + "PLATFORM", "linux/amd64");
      args.put(side + "OS", "linux");
      args.put(side + "ARCH", "amd64");
      args.put(side + "VARIANT", "");
    }
    return java.util.Collections.unmodifiableMap(args);
  }
}
