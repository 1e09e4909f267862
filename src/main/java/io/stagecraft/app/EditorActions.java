package io.stagecraft.app;

import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.edit.EditException;
import io.stagecraft.core.edit.StageEdits;
import io.stagecraft.core.edit.StageNames;
import io.stagecraft.core.model.Edge;
import io.stagecraft.core.model.EdgeKind;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import io.stagecraft.layout.DiagramBuilder;
import io.stagecraft.ui.canvas.CanvasGestures;
import io.stagecraft.ui.dialog.Prompts;
import io.stagecraft.ui.model.DiagramSnapshot;
import io.stagecraft.ui.model.EditorModel;
import io.stagecraft.ui.model.Selection;
import io.stagecraft.ui.split.SplitActions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The editing commands of the canvas, toolbar and menus: each asks what it needs, computes one core
 * edit from the graph on screen, and applies it. Problems are shown, never thrown.
 */
public final class EditorActions implements CanvasGestures {
  private final EditorModel model;
  private final Prompts prompts;
  private final SplitActions splits;

  public EditorActions(EditorModel model, Prompts prompts, SplitActions splits) {
    this.model = model;
    this.prompts = prompts;
    this.splits = splits;
  }

  /** Adds a builder stage before the last stage, or a runtime stage at the end. */
  public void addStage(boolean runtime) {
    // Needs no stage of the drawing, so it works on the text's own graph even while the canvas
    // catches up.
    StageGraph graph = model.document().graph();
    String name = freeName(graph, runtime ? "runtime" : "builder");
    List<String> bases =
        runtime
            ? BaseImageSuggestions.runtimesFor(model.document().text())
            : BaseImageSuggestions.BUILDER;
    Optional<Prompts.NewStage> answer = prompts.askNewStage(runtime, name, bases);
    if (answer.isEmpty()) {
      return;
    }
    Stage last = graph.finalStage();
    int before = runtime || last == null ? -1 : last.index();
    if (apply(() -> StageEdits.addStage(graph, answer.get().name(), answer.get().base(), before))) {
      model.select(
          Selection.node(answer.get().name().toLowerCase(Locale.ROOT), Selection.Origin.CANVAS));
    }
  }

  @Override
  public void drawCopyArrow(int from, int to) {
    StageGraph graph = currentGraph();
    if (graph == null) {
      return;
    }
    Stage source = graph.stages().get(from);
    Stage target = graph.stages().get(to);
    if (from >= to) {
      prompts.showError(
          "Cannot copy from a later stage",
          "A stage can only copy from an earlier stage: move "
              + source.label()
              + " before "
              + target.label()
              + " first.");
      return;
    }
    // The builder's WORKDIR when it has one; never "/", its whole filesystem: without a WORKDIR
    // the path is left for the user to type.
    String sourcePath = workdir(source, "");
    Prompts.CopyPaths suggested = new Prompts.CopyPaths(sourcePath, workdir(target, sourcePath));
    Optional<Prompts.CopyPaths> paths =
        prompts.askCopyPaths(source.label(), target.label(), suggested);
    if (paths.isPresent()) {
      apply(
          () ->
              StageEdits.addCopyFrom(
                  graph, from, paths.get().source(), paths.get().destination(), to));
    }
  }

  @Override
  public void deleteArrow(int edgeIndex) {
    StageGraph graph = currentGraph();
    if (graph == null || edgeIndex < 0 || edgeIndex >= graph.edges().size()) {
      return;
    }
    Edge edge = graph.edges().get(edgeIndex);
    if (edge.kind() == EdgeKind.COPY) {
      if (apply(() -> StageEdits.deleteInstruction(graph, edge.instruction()))) {
        model.select(Selection.NONE);
      }
    } else if (edge.kind() == EdgeKind.BASE) {
      prompts.showError(
          "Cannot delete this arrow",
          "This arrow is the FROM of stage "
              + graph.stages().get(edge.to()).label()
              + ": every stage needs a base. Change its FROM in the code pane, or delete the stage.");
    } else {
      prompts.showError(
          "Cannot delete this arrow",
          "This arrow is a RUN --mount on line "
              + edge.line()
              + ": edit that RUN in the code pane.");
    }
  }

  @Override
  public void renameStage(int stage, String newName) {
    StageGraph graph = currentGraph();
    if (graph == null) {
      return;
    }
    List<Edge> indirect = StageEdits.indirectReferences(graph, stage);
    if (apply(() -> StageEdits.rename(graph, stage, newName)) && !indirect.isEmpty()) {
      prompts.showError(
          "Some references were not renamed",
          "These lines name the stage through a build argument, "
              + "so they no longer refer to it: lines "
              + indirect.stream().map(e -> Integer.toString(e.line())).toList());
    }
  }

  @Override
  public void deleteStage(int stage) {
    StageGraph graph = currentGraph();
    if (graph == null) {
      return;
    }
    List<Edge> references = graph.edgesFrom(stage);
    boolean removeReferences = false;
    if (!references.isEmpty()) {
      List<String> lines =
          references.stream()
              .map(
                  e ->
                      "line "
                          + e.line()
                          + ": "
                          + e.instruction().name()
                          + " in stage "
                          + graph.stages().get(e.to()).label())
              .toList();
      Prompts.DeleteChoice choice =
          prompts.confirmDeleteStage(graph.stages().get(stage).label(), lines);
      if (choice == Prompts.DeleteChoice.CANCEL) {
        return;
      }
      removeReferences = choice == Prompts.DeleteChoice.DELETE_WITH_REFERENCES;
    }
    boolean remove = removeReferences;
    if (apply(() -> StageEdits.deleteStage(graph, stage, remove))) {
      model.select(Selection.NONE);
    }
  }

  @Override
  public void moveInstruction(int stage, int position, int targetStage, int targetPosition) {
    StageGraph graph = currentGraph();
    if (graph == null) {
      return;
    }
    Instruction instruction = graph.stages().get(stage).instructions().get(position);
    if (apply(() -> StageEdits.moveInstruction(graph, instruction, targetStage, targetPosition))) {
      model.select(
          Selection.node(
              DiagramBuilder.stageId(graph.stages().get(targetStage)), Selection.Origin.CANVAS));
    }
  }

  @Override
  public void splitStage(int stage, int position) {
    splits.splitBefore(stage, position);
  }

  @Override
  public void slim() {
    splits.slim();
  }

  public void undo() {
    model.undo();
  }

  public void redo() {
    model.redo();
  }

  /**
   * The graph on screen, when it is the graph of the current text; else says why nothing happens.
   */
  private StageGraph currentGraph() {
    DiagramSnapshot snapshot = model.currentSnapshot();
    if (snapshot == null) {
      prompts.showError(
          "Still updating", "The diagram is catching up with the text. Try again in a moment.");
      return null;
    }
    return snapshot.graph();
  }

  @FunctionalInterface
  private interface EditSupplier {
    DocumentEdit get() throws EditException;
  }

  private boolean apply(EditSupplier edit) {
    try {
      model.apply(edit.get());
      return true;
    } catch (EditException e) {
      prompts.showError("Cannot make this change", e.getMessage());
      return false;
    }
  }

  private static String freeName(StageGraph graph, String base) {
    String name = base;
    for (int n = 2; StageNames.problem(graph, name, -1) != null; n++) {
      name = base + "-" + n;
    }
    return name;
  }

  /** The stage's last WORKDIR, when it is a plain path, else {@code fallback}. */
  private static String workdir(Stage stage, String fallback) {
    String dir = fallback;
    for (Instruction i : stage.instructions()) {
      if (i.is(Keyword.WORKDIR) && i.words().size() == 1 && i.variables().isEmpty()) {
        dir = i.words().get(0).value();
      }
    }
    return dir;
  }
}
