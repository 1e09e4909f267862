package io.stagecraft.core.split;

import io.stagecraft.core.edit.EditException;
import io.stagecraft.core.edit.StageNames;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.syntax.Element;
import io.stagecraft.core.syntax.Instruction;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a single-stage Dockerfile into a builder stage and a minimal runtime stage: before a
 * chosen line ({@link #splitAt}), or in one click ({@link #slim}). Both return a preview whose edit
 * is applied as one undoable step.
 */
public final class SplitAssistant {
  private final RuntimeCatalogue catalogue;

  /** An assistant that knows the distroless conventions. */
  public SplitAssistant() {
    this(new DistrolessCatalogue());
  }

  public SplitAssistant(RuntimeCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** The rules that recognise build outputs, for listing why a COPY was proposed. */
  public static List<OutputRule> rules() {
    return OutputRules.all();
  }

  /**
   * One-click split: the final stage becomes the builder, and a runtime stage suited to the
   * detected ecosystem follows it with the outputs, settings and command fitted to it.
   *
   * @throws EditException when there is no stage, the text has errors, the file is already
   *     multi-stage with no stage that still builds, or nothing to copy is found
   */
  public SplitPreview slim(String text, SplitOptions options) throws EditException {
    StageGraph graph = parse(text);
    Stage stage = graph.finalStage();
    BuildScan scan = scan(graph, stage, stage.instructions().size());
    if (graph.stages().size() > 1 && !buildsSomething(scan)) {
      throw new EditException(
          "The Dockerfile is already multi-stage and its final stage (line "
              + stage.line()
              + ") builds nothing the assistant recognises: choose a split point with a line number.");
    }
    if (catalogue.lookup(stage.resolvedBase()).map(RuntimeImage::minimal).orElse(false)) {
      throw new EditException(
          "The final stage already starts FROM " + stage.base() + ", a minimal runtime image.");
    }
    SplitPreview preview = split(graph, stage, stage.instructions().size(), options);
    if (preview.proposals(Proposal.Kind.COPY_FROM).isEmpty()) {
      throw new EditException(
          "Nothing to copy into a runtime: no build output was recognised and the WORKDIR is /.");
    }
    return preview;
  }

  /**
   * Visual split: the stage holding {@code line} is split before the instruction on that line (or
   * the next instruction, when the line is blank or a comment). A line past the end of a stage
   * splits after its last instruction.
   *
   * @throws EditException when the line is a FROM, inside an instruction, or before any stage
   */
  public SplitPreview splitAt(String text, int line, SplitOptions options) throws EditException {
    StageGraph graph = parse(text);
    List<Instruction> instructions = graph.dockerfile().instructions();
    int lines = graph.dockerfile().lines().lineCount();
    if (line < 1 || line > lines + 1) {
      throw new EditException(
          "Line " + line + " is outside the file, which has " + lines + " lines.");
    }
    int offset = line > lines ? text.length() : graph.dockerfile().lines().lineStart(line);
    Element at = graph.dockerfile().elementAt(offset);
    if (at instanceof Instruction i && i.range().start() < offset) {
      throw new EditException(
          "Line "
              + line
              + " is inside the "
              + i.name()
              + " that starts on line "
              + i.line()
              + ": split before line "
              + i.line()
              + " or after the instruction.");
    }
    Instruction next =
        instructions.stream().filter(i -> i.range().start() >= offset).findFirst().orElse(null);
    if (next == null) {
      Stage last = graph.finalStage();
      return split(graph, last, last.instructions().size(), options);
    }
    Stage stage = graph.stageAt(next.range().start());
    if (stage == null) {
      throw new EditException("Line " + line + " is before the first FROM.");
    }
    if (stage.from() != next) {
      return split(graph, stage, stage.instructions().indexOf(next), options);
    }
    if (next.line() == line) {
      throw new EditException(
          "Line " + line + " is the FROM of stage " + stage.label() + ": split after it.");
    }
    if (stage.index() == 0) {
      throw new EditException("Line " + line + " is before the first FROM.");
    }
    // A blank or comment line above a FROM ends the stage before it.
    Stage previous = graph.stages().get(stage.index() - 1);
    return split(graph, previous, previous.instructions().size(), options);
  }

  /** The ecosystem of the final stage and the runtime the one-click split would pick for it. */
  public RuntimeSuggestion suggest(String text, SplitOptions options) throws EditException {
    StageGraph graph = parse(text);
    Stage stage = graph.finalStage();
    BuildScan scan = scan(graph, stage, stage.instructions().size());
    return RuntimeSuggestion.of(
        EcosystemDetector.detect(scan, stage.resolvedBase(), stage.instructions()),
        stage.resolvedBase(),
        options.nonroot(),
        options.debug());
  }

  private SplitPreview split(StageGraph graph, Stage stage, int index, SplitOptions options)
      throws EditException {
    if (index < 2) {
      throw new EditException(
          "The builder would hold only the FROM of stage " + stage.label() + ": split later.");
    }
    BuildScan scan = scan(graph, stage, index);
    Detection detection =
        EcosystemDetector.detect(scan, stage.resolvedBase(), stage.instructions());
    String image = options.runtimeImage();
    RuntimeSuggestion suggestion = null;
    if (image == null || image.isBlank()) {
      suggestion =
          RuntimeSuggestion.of(detection, stage.resolvedBase(), options.nonroot(), options.debug());
      image = suggestion.image();
    }
    if (image.strip().chars().anyMatch(Character::isWhitespace)) {
      throw new EditException(
          "The runtime image must be one word, such as gcr.io/distroless/static-debian12:nonroot.");
    }
    RuntimeImage runtime = catalogue.resolve(image.strip(), options.inspectedRuntime());
    String builderName =
        options.builderName() != null
            ? options.builderName()
            : stage.name() != null ? stage.name() : unique(graph, "build", null);
    String runtimeName =
        options.runtimeName() != null
            ? options.runtimeName()
            : unique(graph, "runtime", builderName);
    String problem = StageNames.problem(graph, runtimeName, -1);
    if (problem == null && runtimeName.equalsIgnoreCase(builderName)) {
      problem = "The builder and the runtime need different names.";
    }
    if (problem != null) {
      throw new EditException(problem);
    }
    // What was chosen, and on what knowledge, comes first in the notes.
    List<Note> notes = new ArrayList<>();
    if (suggestion != null) {
      notes.add(
          new Note(
              suggestion.distroless() ? Note.Level.INFO : Note.Level.WARNING,
              detection.line(),
              "Detected "
                  + detection.ecosystem().label()
                  + ": "
                  + detection.evidence()
                  + " "
                  + suggestion.reason()));
    }
    if (runtime.source() == RuntimeImage.Source.ASSUMED) {
      notes.add(
          new Note(
              Note.Level.WARNING,
              0,
              runtime.description() + " Inspect it on the engine to be sure."));
    }
    SplitPreview preview =
        StageSplitter.split(
            new StageSplitter.SplitRequest(
                graph,
                stage,
                index,
                runtime,
                builderName,
                runtimeName,
                detection,
                options,
                notes,
                builderHasShell(stage)));
    String fix = preview.refused() ? preview.refusals().get(0).alternative() : null;
    if (suggestion == null || fix == null) {
      return preview;
    }
    // The suggested runtime lacks what the app needs: suggest the one that has it instead.
    List<Note> switched = new ArrayList<>();
    switched.add(
        new Note(
            Note.Level.INFO,
            detection.line(),
            "Detected "
                + detection.ecosystem().label()
                + ": "
                + detection.evidence()
                + " "
                + suggestion.image()
                + " would not do: "
                + preview.refusals().get(0).message()
                + " So the runtime is "
                + fix
                + ", which has it."));
    RuntimeImage fixed = catalogue.resolve(fix, null);
    return StageSplitter.split(
        new StageSplitter.SplitRequest(
            graph,
            stage,
            index,
            fixed,
            builderName,
            runtimeName,
            detection,
            options,
            switched,
            builderHasShell(stage)));
  }

  /**
   * Whether the builder's base has {@code /bin/sh}, which a shell-form RUN runs in (a distroless
   * {@code :debug} image's busybox is elsewhere); unknown bases are taken to.
   */
  private boolean builderHasShell(Stage stage) {
    return catalogue
        .lookup(stage.resolvedBase())
        .map(base -> !Boolean.FALSE.equals(base.hasFile("/bin/sh")))
        .orElse(true);
  }

  private static StageGraph parse(String text) throws EditException {
    StageGraph graph = StageGraph.parse(text);
    if (graph.stages().isEmpty()) {
      throw new EditException("The Dockerfile has no FROM, so there is no stage to split.");
    }
    if (graph.dockerfile().hasErrors()) {
      throw new EditException(
          "The Dockerfile has syntax errors (line "
              + graph.dockerfile().diagnostics().stream()
                  .filter(d -> d.isError())
                  .findFirst()
                  .map(d -> d.line())
                  .orElse(0)
              + "); fix them first.");
    }
    return graph;
  }

  private static BuildScan scan(StageGraph graph, Stage stage, int index) {
    return BuildScan.of(
        graph.dockerfile().text(),
        graph.dockerfile().escape(),
        stage.instructions().subList(0, index),
        graph.globalArgs());
  }

  /** True when a rule other than the WORKDIR fallback recognises an output of the scan. */
  private static boolean buildsSomething(BuildScan scan) {
    return OutputRules.recognise(scan).stream().anyMatch(a -> !a.rule().equals("workdir"));
  }

  /**
   * {@code base}, or {@code base-2}, {@code base-3}... whichever no stage (nor {@code taken}) uses.
   */
  private static String unique(StageGraph graph, String base, String taken) {
    String name = base;
    for (int n = 2;
        StageNames.problem(graph, name, -1) != null || name.equalsIgnoreCase(taken);
        n++) {
      name = base + "-" + n;
    }
    return name;
  }
}
