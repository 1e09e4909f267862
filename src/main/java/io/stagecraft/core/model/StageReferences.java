package io.stagecraft.core.model;

import io.stagecraft.core.syntax.Diagnostic;
import io.stagecraft.core.syntax.EditDistance;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Severity;
import io.stagecraft.core.syntax.SourceRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Resolves what a FROM, a {@code COPY --from} or a mount's {@code from=} names, as BuildKit does.
 *
 * <ul>
 *   <li>Variables expand with the values of {@link ArgScope}; one that has no value is empty.
 *   <li>FROM names a stage above it, else an image.
 *   <li>{@code --from} names a stage by name or index anywhere in the file, else an image: BuildKit
 *       builds a stage defined further down first, and only a circle of stages fails.
 * </ul>
 *
 * A reference that names a stage further down, or names no stage while looking nothing like an
 * image someone meant, gets a warning; a circle of stages gets BuildKit's error.
 */
final class StageReferences {
  private final List<Stage> stages;
  private final Map<String, String> fromScope;
  private final Consumer<Diagnostic> diagnostics;
  private final Consumer<ReferenceSuggestion> suggestions;

  StageReferences(
      List<Stage> stages,
      Map<String, String> fromScope,
      Consumer<Diagnostic> diagnostics,
      Consumer<ReferenceSuggestion> suggestions) {
    this.stages = stages;
    this.fromScope = fromScope;
    this.diagnostics = diagnostics;
    this.suggestions = suggestions;
  }

  /** The values FROM lines see. */
  Map<String, String> fromScope() {
    return fromScope;
  }

  /**
   * The name a build uses for {@code written}, for showing: fully expanded when every variable has
   * a value, else as BuildKit expands it when that is a valid reference, else as written.
   */
  static String resolvedName(String written, Map<String, String> scope) {
    String strict = new ArgExpander(scope).expand(written);
    if (strict != null) {
      return strict;
    }
    String lenient = ArgExpander.buildkit(scope).expand(written);
    return lenient != null && ImageReferences.isValid(lenient) ? lenient : written;
  }

  /** The edge a reference makes into {@code stage}, with any problem reported. */
  Edge edge(
      EdgeKind kind,
      Stage stage,
      Instruction instruction,
      String written,
      SourceRange range,
      Map<String, String> scope,
      List<String> sources,
      String destination) {
    String expanded = ArgExpander.buildkit(scope).expand(written);
    String name = expanded == null ? written : expanded;
    boolean dependsOnArgs = ArgExpander.hasVariables(written);
    List<String> candidates = dependsOnArgs ? candidates(kind, stage, written) : List.of();
    NodeRef from = resolve(kind, stage, written, name, range, dependsOnArgs, candidates, scope);
    return new Edge(
        kind,
        from,
        stage.index(),
        written,
        range,
        instruction,
        sources,
        destination,
        dependsOnArgs,
        candidates);
  }

  private NodeRef resolve(
      EdgeKind kind,
      Stage stage,
      String written,
      String name,
      SourceRange range,
      boolean dependsOnArgs,
      List<String> candidates,
      Map<String, String> scope) {
    String what = describe(kind, written);
    Stage named = byName(name);
    if (named != null && named.index() < stage.index()) {
      return new NodeRef.StageRef(named.index());
    }
    if (kind != EdgeKind.BASE && isIndex(name)) {
      int index = Integer.parseInt(name);
      if (index < stage.index()) {
        return new NodeRef.StageRef(index);
      }
      if (index < stages.size()) {
        named = stages.get(index);
      } else {
        report(
            range,
            Severity.ERROR,
            "stage-index-out-of-range",
            what
                + ": there is no stage "
                + index
                + "; stages are numbered from 0 to "
                + (stages.size() - 1),
            List.of());
        return new NodeRef.ImageRef(name);
      }
    }
    if (named != null) {
      return below(kind, stage, named, name, range, what);
    }
    String image = resolvedName(written, scope);
    List<String> earlier = namesBefore(stage.index());
    String closest = EditDistance.closest(name, earlier);
    if (name.isBlank()) {
      return new NodeRef.ImageRef(image); // a required build arg not given yet
    }
    if (!ImageReferences.isValid(name)) {
      report(
          range,
          Severity.WARNING,
          "unresolved-stage-reference",
          what
              + " names no stage above it and is not a valid image reference"
              + didYouMean(closest),
          replacements(name, closest, earlier));
    } else if (dependsOnArgs && !candidates.isEmpty() && !ImageReferences.isPlausibleImage(name)) {
      report(
          range,
          Severity.WARNING,
          "unresolved-stage-reference",
          what
              + " is \""
              + name
              + "\" with these build args, which names no stage, so BuildKit"
              + " pulls it as an image; other args make it name "
              + String.join(", ", candidates),
          List.of());
    } else if (!dependsOnArgs
        && !ImageReferences.isPlausibleImage(name)
        && (kind != EdgeKind.BASE || closest != null)) {
      report(
          range,
          Severity.WARNING,
          "unresolved-stage-reference",
          what
              + " names no stage above it, so BuildKit pulls the image \""
              + name
              + "\" (unless a named build context gives it)"
              + didYouMean(closest),
          replacements(name, closest, earlier));
    }
    return new NodeRef.ImageRef(image);
  }

  /** A reference to the stage itself or to one further down. */
  private NodeRef below(
      EdgeKind kind, Stage stage, Stage named, String name, SourceRange range, String what) {
    boolean base = kind == EdgeKind.BASE;
    if (base || named.index() != stage.index()) {
      String outcome =
          base
              ? ", and FROM only builds on a stage above it, so BuildKit pulls an image named \""
                  + name
                  + "\";"
              : "; BuildKit builds it first, but the classic builder pulls an image instead:";
      report(
          range,
          Severity.WARNING,
          "stage-defined-below",
          what
              + ": the stage \""
              + named.label()
              + "\" is defined further down (line "
              + named.line()
              + ")"
              + outcome
              + " move that stage above this one",
          List.of());
    }
    return base ? new NodeRef.ImageRef(name) : new NodeRef.StageRef(named.index());
  }

  /** Reports BuildKit's error on every reference that closes a circle of stages. */
  void checkCycles(List<Edge> edges) {
    for (Edge e : edges) {
      if (e.from() instanceof NodeRef.StageRef source
          && source.index() >= e.to()
          && dependsOn(edges, source.index(), e.to())) {
        report(
            e.referenceRange(),
            Severity.ERROR,
            "circular-stage-dependency",
            "circular dependency detected on stage: " + stages.get(e.to()).label(),
            List.of());
      }
    }
  }

  /** Whether {@code stage} needs {@code needed}, itself included. */
  private static boolean dependsOn(List<Edge> edges, int stage, int needed) {
    Set<Integer> seen = new HashSet<>();
    Deque<Integer> todo = new ArrayDeque<>(List.of(stage));
    while (!todo.isEmpty()) {
      int s = todo.pop();
      if (s == needed) {
        return true;
      }
      if (seen.add(s)) {
        for (Edge e : edges) {
          if (e.to() == s && e.from() instanceof NodeRef.StageRef source) {
            todo.push(source.index());
          }
        }
      }
    }
    return false;
  }

  /** The stages a reference could name under other args, in file order. */
  private List<String> candidates(EdgeKind kind, Stage stage, String written) {
    Pattern pattern = ArgExpander.pattern(written);
    if (pattern.matcher("\u0001").matches()) {
      return List.of(); // a bare variable can name anything: listing every stage says nothing
    }
    List<String> names = new ArrayList<>();
    for (Stage s : stages) {
      boolean reachable = kind == EdgeKind.BASE ? s.index() < stage.index() : s != stage;
      if (reachable && s.name() != null && pattern.matcher(s.name()).matches()) {
        names.add(s.name());
      }
    }
    return List.copyOf(names);
  }

  private Stage byName(String name) {
    return named(stages, name);
  }

  /** The first of {@code stages} named {@code name} (case-insensitively), or null. */
  static Stage named(List<Stage> stages, String name) {
    for (Stage s : stages) {
      if (s.isNamed(name)) {
        return s;
      }
    }
    return null;
  }

  private List<String> namesBefore(int index) {
    return stages.stream()
        .filter(s -> s.index() < index && s.name() != null)
        .map(Stage::name)
        .toList();
  }

  /** The close name when there is one, else the three nearest stages above, nearest first. */
  private static List<String> replacements(String name, String closest, List<String> earlier) {
    if (closest != null) {
      return List.of(closest);
    }
    return earlier.stream()
        .sorted(Comparator.comparingInt(s -> EditDistance.between(name, s)))
        .limit(3)
        .toList();
  }

  private static String didYouMean(String closest) {
    return closest == null ? "" : "; did you mean \"" + closest + "\"?";
  }

  private static String describe(EdgeKind kind, String written) {
    return switch (kind) {
      case BASE -> "FROM " + written;
      case COPY -> "COPY --from=" + written;
      case MOUNT -> "RUN --mount from=" + written;
    };
  }

  private static boolean isIndex(String name) {
    return !name.isEmpty() && name.length() < 9 && name.chars().allMatch(Character::isDigit);
  }

  private void report(
      SourceRange range, Severity severity, String code, String message, List<String> fixes) {
    Diagnostic d = new Diagnostic(range, severity, code, message);
    diagnostics.accept(d);
    if (!fixes.isEmpty()) {
      suggestions.accept(new ReferenceSuggestion(d, range, fixes));
    }
  }
}
