package io.stagecraft.core.model;

import io.stagecraft.core.syntax.Diagnostic;
import io.stagecraft.core.syntax.Dockerfile;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.SourceRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The stages of a Dockerfile and what feeds them, derived from its syntax tree. Nothing else stores
 * stages: the graph is recomputed from the tree after every edit.
 */
public final class StageGraph {
  private final Dockerfile dockerfile;
  private final List<Instruction> preamble;
  private final Map<String, String> globalArgs;
  private final List<Stage> stages;
  private final List<Edge> edges;
  private final List<String> externalImages;
  private final List<Diagnostic> diagnostics;
  private final List<ReferenceSuggestion> suggestions;

  /** The index of the stage each stage is built FROM, or -1; lint asks it for every stage. */
  private final int[] baseStage;

  StageGraph(
      Dockerfile dockerfile,
      List<Instruction> preamble,
      Map<String, String> globalArgs,
      List<Stage> stages,
      List<Edge> edges,
      List<Diagnostic> diagnostics,
      List<ReferenceSuggestion> suggestions) {
    this.dockerfile = dockerfile;
    this.preamble = List.copyOf(preamble);
    this.globalArgs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(globalArgs));
    this.stages = List.copyOf(stages);
    this.edges = List.copyOf(edges);
    LinkedHashSet<String> images = new LinkedHashSet<>();
    for (Edge e : edges) {
      if (e.from() instanceof NodeRef.ImageRef image) {
        images.add(image.image());
      }
    }
    this.externalImages = List.copyOf(images);
    this.diagnostics = List.copyOf(diagnostics);
    this.suggestions = List.copyOf(suggestions);
    this.baseStage = baseStages(this.stages.size(), this.edges);
  }

  private static int[] baseStages(int stageCount, List<Edge> edges) {
    int[] base = new int[stageCount];
    java.util.Arrays.fill(base, -1);
    for (Edge e : edges) {
      // A stage has one FROM. One naming itself or a later stage has no parent, so every walk up
      // the chain ends.
      if (e.kind() == EdgeKind.BASE
          && e.from() instanceof NodeRef.StageRef ref
          && e.to() >= 0
          && e.to() < stageCount
          && ref.index() < e.to()) {
        base[e.to()] = ref.index();
      }
    }
    return base;
  }

  /** Derives the graph of {@code dockerfile}, with no build args, for linux/amd64. */
  public static StageGraph of(Dockerfile dockerfile) {
    return of(dockerfile, ReferenceContext.DEFAULT);
  }

  /** Derives the graph of {@code dockerfile} as a build with {@code context} resolves it. */
  public static StageGraph of(Dockerfile dockerfile, ReferenceContext context) {
    return new StageGraphBuilder(dockerfile, context).build();
  }

  /** Parses {@code text} and derives its graph, with no build args, for linux/amd64. */
  public static StageGraph parse(String text) {
    return of(Dockerfile.parse(text));
  }

  /** Parses {@code text} and derives its graph as a build with {@code context} resolves it. */
  public static StageGraph parse(String text, ReferenceContext context) {
    return of(Dockerfile.parse(text), context);
  }

  public Dockerfile dockerfile() {
    return dockerfile;
  }

  /** Instructions before the first FROM; they belong to no stage. */
  public List<Instruction> preamble() {
    return preamble;
  }

  /** ARGs declared before the first FROM, with their defaults (null when there is none). */
  public Map<String, String> globalArgs() {
    return globalArgs;
  }

  public List<Stage> stages() {
    return stages;
  }

  public List<Edge> edges() {
    return edges;
  }

  /** Images that are not stages, in order of first use. */
  public List<String> externalImages() {
    return externalImages;
  }

  /**
   * Images that are not stages, as a build with {@code buildArgs} would name them: values given for
   * ARGs declared before the first FROM replace their defaults. A name that still cannot be known
   * statically stays as {@link #externalImages()} has it; {@code scratch} is left out.
   */
  public List<String> externalImages(Map<String, String> buildArgs) {
    Map<String, String> values = new LinkedHashMap<>();
    globalArgs.forEach(
        (name, value) -> {
          String given = buildArgs.get(name);
          String chosen = given != null ? given : value;
          if (chosen != null) {
            values.put(name, chosen);
          }
        });
    ArgExpander expander = new ArgExpander(values);
    LinkedHashSet<String> images = new LinkedHashSet<>();
    for (Edge e : edges) {
      if (e.from() instanceof NodeRef.ImageRef image) {
        String expanded = expander.expand(e.reference());
        String name = expanded != null ? expanded : image.image();
        if (!name.equalsIgnoreCase("scratch")) {
          images.add(name);
        }
      }
    }
    return List.copyOf(images);
  }

  /** The replacements offered for references that name no stage they should. */
  public List<ReferenceSuggestion> referenceSuggestions() {
    return suggestions;
  }

  /**
   * Problems of the stage structure: duplicate names, references that name no stage or one further
   * down, circles of stages.
   */
  public List<Diagnostic> stageDiagnostics() {
    return diagnostics;
  }

  /** Syntax and stage diagnostics together, in source order. */
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>(dockerfile.diagnostics());
    all.addAll(diagnostics);
    all.sort(
        Comparator.comparingInt((Diagnostic d) -> d.range().start())
            .thenComparing(Diagnostic::message));
    return all;
  }

  public boolean hasErrors() {
    return diagnostics().stream().anyMatch(Diagnostic::isError);
  }

  /** The stage named {@code name} (case-insensitively), or null. */
  public Stage stage(String name) {
    return StageReferences.named(stages, name);
  }

  /** The stage whose text contains {@code offset}, or null. */
  public Stage stageAt(int offset) {
    Stage found = null;
    for (Stage s : stages) {
      if (s.range().start() <= offset) {
        found = s;
      }
    }
    return found != null && offset < found.range().end() ? found : null;
  }

  /** The last stage: what a build without a target produces. Null when there are no stages. */
  public Stage finalStage() {
    return stages.isEmpty() ? null : stages.get(stages.size() - 1);
  }

  /** The stage {@code stage} is built FROM, or null when its base is an image. */
  public Stage baseStage(Stage stage) {
    int index = stage.index();
    int base = index >= 0 && index < baseStage.length ? baseStage[index] : -1;
    return base < 0 ? null : stages.get(base);
  }

  /** Edges into stage {@code index}. */
  public List<Edge> edgesInto(int index) {
    return edges.stream().filter(e -> e.to() == index).toList();
  }

  /** Edges out of stage {@code index}. */
  public List<Edge> edgesFrom(int index) {
    return edges.stream().filter(e -> e.fromStage(index)).toList();
  }

  /** Diagnostics located inside {@code range}. */
  public List<Diagnostic> diagnosticsIn(SourceRange range) {
    return diagnostics().stream()
        .filter(
            d ->
                d.range().start() >= range.start()
                    && d.range().start() < Math.max(range.end(), range.start() + 1))
        .toList();
  }
}
