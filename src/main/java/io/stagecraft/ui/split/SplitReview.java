package io.stagecraft.ui.split;

import io.stagecraft.core.edit.EditException;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.split.BuildContext;
import io.stagecraft.core.split.ContextSnapshot;
import io.stagecraft.core.split.Ecosystem;
import io.stagecraft.core.split.ImageConfig;
import io.stagecraft.core.split.RuntimeImage;
import io.stagecraft.core.split.SplitAssistant;
import io.stagecraft.core.split.SplitOptions;
import io.stagecraft.core.split.SplitPreview;
import io.stagecraft.layout.DiagramArranger;
import io.stagecraft.layout.DiagramBuilder;
import io.stagecraft.layout.DiagramContent;
import io.stagecraft.layout.DiagramLayout;
import io.stagecraft.ui.concurrent.BackgroundWork;
import io.stagecraft.ui.model.EditorModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A split while the user reviews it: their choices (runtime image, tags, stage names) and the
 * preview those give. Each runtime image is inspected on the engine once, in the background, and
 * the preview is recomputed with what the engine says. Used on the JavaFX thread only.
 *
 * <p>The preview (the split, its diff and the diagram after it, laid out) is computed in the
 * background, since a large Dockerfile takes a while: after each change of the choices the review
 * is {@link #computing()} until the newest choices' outcome arrives, and an outcome for choices
 * changed since is dropped.
 */
public final class SplitReview {
  /** Where the split was asked for. */
  public enum Mode {
    /** Before a chosen line: "Split stage here". */
    AT_LINE,
    /** The one-click split of the final stage: "Slim it". */
    SLIM
  }

  /**
   * What the current choices give: a preview, or why there is none.
   *
   * @param layout the diagram after the split, laid out; null without a preview, or when the design
   *     is too large to draw in the review
   * @param suggested the runtime image the assistant suggests for the text, or null
   */
  public record Outcome(
      SplitPreview preview, String problem, DiagramLayout layout, String suggested) {
    public boolean ok() {
      return preview != null;
    }

    /** True when the split may be applied: there is one, and the runtime can run the app. */
    public boolean applicable() {
      return preview != null && !preview.refused();
    }
  }

  /**
   * What the engine said about one image: its configuration (empty when it does not have it), or a
   * failure.
   */
  private record Inspection(Optional<ImageConfig> config, String failure) {}

  private static final String DISTROLESS = "gcr.io/distroless/";
  private final String text;
  private final Mode mode;
  private final int line;
  private final RuntimeInspector inspector;
  private final BackgroundWork previews;
  private final BackgroundWork background;
  private final List<String> projectImages;
  private final SplitAssistant assistant = new SplitAssistant();
  private final ContextOnce context;
  private final Map<String, Inspection> inspected = new HashMap<>();
  private final Set<String> asking = new HashSet<>();
  private final List<Runnable> listeners = new ArrayList<>();
  private SplitOptions options = SplitOptions.defaults();
  private Outcome outcome;

  /** Counts changes of the choices and of what is known, so that stale outcomes are dropped. */
  private long generation;

  private boolean computing;
  private Runnable firstOutcome;

  /**
   * A review that computes its previews and asks the engine on the same background.
   *
   * @param line for {@link Mode#AT_LINE}, the line the split goes before
   * @param inspector the engine's inspection, or null when no engine is reachable
   * @param projectImages images the project already names (its build arguments), offered as
   *     runtimes
   */
  public SplitReview(
      String text,
      Mode mode,
      int line,
      RuntimeInspector inspector,
      BackgroundWork background,
      List<String> projectImages) {
    this(text, mode, line, inspector, background, projectImages, background, () -> null);
  }

  /**
   * @param previews where previews are computed
   * @param engine where the engine is asked, so that a slow engine holds up no preview; may be null
   *     without an {@code inspector}
   * @param contextFolder the build context folder, whose scripts the split reads the {@code #!}
   *     lines of; called off the JavaFX thread, once; null there judges scripts by their names
   */
  public SplitReview(
      String text,
      Mode mode,
      int line,
      RuntimeInspector inspector,
      BackgroundWork previews,
      List<String> projectImages,
      BackgroundWork engine,
      Supplier<Path> contextFolder) {
    this.context = new ContextOnce(contextFolder, text);
    this.text = text;
    this.mode = mode;
    this.line = line;
    this.inspector = inspector;
    this.previews = previews;
    this.background = engine;
    this.projectImages = List.copyOf(projectImages);
    update();
  }

  public String text() {
    return text;
  }

  public Mode mode() {
    return mode;
  }

  public int line() {
    return line;
  }

  public SplitOptions options() {
    return options;
  }

  /** The outcome of the newest choices computed so far; null until the first one arrives. */
  public Outcome outcome() {
    return outcome;
  }

  /** Whether the outcome of the newest choices is still being computed. */
  public boolean computing() {
    return computing;
  }

  /** Runs {@code then} once the first outcome is there: at once if it already is. */
  public void whenFirstComputed(Runnable then) {
    if (outcome != null) {
      then.run();
    } else {
      firstOutcome = then;
    }
  }

  /** Called after every change of the outcome or of what is known of the runtime. */
  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  public String title() {
    return mode == Mode.SLIM
        ? "Slim it: split into builder and runtime"
        : "Split stage before line " + line;
  }

  /** The runtime image the preview uses: the user's, or the suggested one. */
  public String runtime() {
    if (options.runtimeImage() != null) {
      return options.runtimeImage();
    }
    if (outcome == null) {
      return "";
    }
    return outcome.ok() ? outcome.preview().runtime().reference() : suggested().orElse("");
  }

  /** Sets the runtime image; blank takes the suggested one again. */
  public void setRuntime(String image) {
    String chosen = image == null || image.isBlank() ? null : image.strip();
    if (chosen != null && chosen.equals(suggested().orElse(null))) {
      chosen = null;
    }
    options = options.withRuntime(chosen);
    update();
  }

  /**
   * Whether distroless images are offered on their {@code nonroot} tags; retags a chosen distroless
   * image.
   */
  public void setNonroot(boolean nonroot) {
    options = options.withNonroot(nonroot);
    retag();
  }

  /** Whether distroless images are offered on their {@code debug} tags (with a busybox shell). */
  public void setDebug(boolean debug) {
    options = options.withDebug(debug);
    retag();
  }

  /** Blank keeps the stage's own name (or {@code build}). */
  public void setBuilderName(String name) {
    options = options.withBuilderName(name == null || name.isBlank() ? null : name.strip());
    update();
  }

  /** Blank names it {@code runtime}. */
  public void setRuntimeName(String name) {
    options = options.withRuntimeName(name == null || name.isBlank() ? null : name.strip());
    update();
  }

  /**
   * Images to offer for the runtime: the suggested one, the distroless family on the chosen tag,
   * scratch, the project's.
   */
  public List<String> runtimeChoices() {
    Set<String> choices = new LinkedHashSet<>();
    suggested().ifPresent(choices::add);
    String tag = tag();
    for (Ecosystem e : Ecosystem.values()) {
      if (e.distroless() != null) {
        choices.add(e.distroless() + ":" + tag);
      }
    }
    choices.add(DISTROLESS + "base-debian12:" + tag);
    choices.add("scratch");
    choices.addAll(projectImages);
    return List.copyOf(choices);
  }

  /**
   * What is known of the runtime image and where from, in one sentence; empty when there is no
   * preview.
   */
  public String knowledge() {
    if (outcome == null || !outcome.ok()) {
      return "";
    }
    RuntimeImage runtime = outcome.preview().runtime();
    String ref = runtime.reference();
    Inspection inspection = inspected.get(ref);
    if (asking.contains(ref)) {
      return "Inspecting " + ref + " on the engine\u2026";
    }
    if (runtime.source() == RuntimeImage.Source.INSPECTED
        && inspection != null
        && inspection.config().isPresent()) {
      return "Inspected on the engine: " + inspection.config().get().describe() + ".";
    }
    if (inspection != null && inspection.failure() != null) {
      return "Inspecting "
          + ref
          + " failed ("
          + inspection.failure()
          + "). "
          + runtime.description();
    }
    if (inspector == null || ref.equals("scratch")) {
      return (inspector == null ? "No engine to inspect it on: " : "") + runtime.description();
    }
    return "Not on the engine, so the conventions stand: " + runtime.description();
  }

  /**
   * Why the {@code :debug} choice does nothing for the runtime, or null when it applies: only
   * distroless images have a debug tag.
   */
  public String debugDoesNothing() {
    String ref = runtime();
    return ref.startsWith(DISTROLESS)
        ? null
        : "Only distroless images have a :debug variant with a shell; " + ref + " has none.";
  }

  /**
   * Why the non-root choice does nothing for the runtime, or null when it applies: it picks a
   * distroless image's {@code nonroot} tag, or adds a USER line to a runtime that runs as root.
   */
  public String nonrootDoesNothing() {
    String ref = runtime();
    if (ref.startsWith(DISTROLESS) || !outcome.ok()) {
      return null;
    }
    // Non-root adds a USER line to a runtime that would run as root, unless the original names
    // its own: while it is on, the preview shows whether it did. Off, turning it on may add one.
    boolean addsUser =
        !options.nonroot()
            || outcome.preview().proposals().stream()
                .anyMatch(p -> p.kind() == io.stagecraft.core.split.Proposal.Kind.USER);
    return addsUser
        ? null
        : ref
            + " has no nonroot tag, and the split needs no USER line for it (it runs as a user "
            + "already, or the original names its own): the choice changes nothing.";
  }

  /** Whether the engine is still being asked about the runtime image. */
  public boolean inspecting() {
    return outcome != null
        && outcome.ok()
        && asking.contains(outcome.preview().runtime().reference());
  }

  /** The suggested runtime image, as the last outcome computed it. */
  private Optional<String> suggested() {
    return Optional.ofNullable(outcome == null ? null : outcome.suggested());
  }

  private String tag() {
    return options.debug()
        ? (options.nonroot() ? "debug-nonroot" : "debug")
        : (options.nonroot() ? "nonroot" : "latest");
  }

  private void retag() {
    String chosen = options.runtimeImage();
    if (chosen != null && chosen.startsWith(DISTROLESS)) {
      int colon = chosen.lastIndexOf(':');
      String repository = colon > chosen.lastIndexOf('/') ? chosen.substring(0, colon) : chosen;
      options = options.withRuntime(repository + ":" + tag());
    }
    update();
  }

  /** Computes the outcome of the current choices in the background. */
  private void update() {
    long asked = ++generation;
    computing = true;
    Computation computation =
        new Computation(assistant, text, mode, line, options, Map.copyOf(inspected), context);
    previews.run(
        computation::outcome,
        result -> arrived(asked, result),
        failure -> arrived(asked, new Outcome(null, String.valueOf(failure), null, null)));
    if (computing && asked == generation) {
      listeners.forEach(Runnable::run); // "Computing…"
    }
  }

  private void arrived(long asked, Outcome result) {
    if (asked != generation) {
      return; // the choices changed since: a newer outcome is on its way
    }
    computing = false;
    outcome = result;
    if (outcome.ok()) {
      String ref = outcome.preview().runtime().reference();
      if (!inspected.containsKey(ref)
          && inspector != null
          && !ref.equals("scratch")
          && asking.add(ref)) {
        background.run(
            () -> inspect(ref),
            found -> answered(ref, found),
            failure -> answered(ref, new Inspection(Optional.empty(), failure.getMessage())));
        if (inspected.containsKey(ref)) {
          return; // answered at once: that update has told the listeners
        }
      }
    }
    listeners.forEach(Runnable::run);
    if (firstOutcome != null) {
      Runnable first = firstOutcome;
      firstOutcome = null;
      first.run();
    }
  }

  private Inspection inspect(String ref) {
    try {
      return new Inspection(inspector.inspect(ref), null);
    } catch (Exception e) {
      return new Inspection(
          Optional.empty(), e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  private void answered(String ref, Inspection inspection) {
    asking.remove(ref);
    inspected.put(ref, inspection);
    update();
  }

  /** One computation of the outcome, on a background thread: it reads nothing that changes. */
  private record Computation(
      SplitAssistant assistant,
      String text,
      Mode mode,
      int line,
      SplitOptions chosen,
      Map<String, Inspection> inspected,
      ContextOnce context) {

    Outcome outcome() {
      SplitOptions options = chosen.withContext(context.get());
      String suggested = suggested(options);
      Outcome plain = compute(options, null, suggested);
      if (!plain.ok()) {
        return plain;
      }
      Inspection known = inspected.get(plain.preview().runtime().reference());
      return known != null && known.config().isPresent()
          ? compute(options, known.config().get(), suggested)
          : plain;
    }

    private String suggested(SplitOptions options) {
      try {
        return assistant.suggest(text, options).image();
      } catch (EditException e) {
        return null;
      }
    }

    private Outcome compute(SplitOptions options, ImageConfig config, String suggested) {
      SplitOptions effective = config == null ? options : options.withInspectedRuntime(config);
      try {
        SplitPreview preview =
            mode == Mode.SLIM
                ? assistant.slim(text, effective)
                : assistant.splitAt(text, line, effective);
        return new Outcome(preview, null, layout(preview.after()), suggested);
      } catch (EditException e) {
        return new Outcome(null, e.getMessage(), null, suggested);
      }
    }

    /**
     * The diagram after the split, laid out; null for a design too large to draw in the review,
     * which the canvas shows once the split is applied.
     */
    private static DiagramLayout layout(String after) {
      if (after.length() > EditorModel.syncTextLimit()) {
        return null;
      }
      DiagramContent content = DiagramBuilder.build(StageGraph.parse(after), Set.of());
      return content.nodes().size() <= EditorModel.syncNodeLimit()
          ? DiagramArranger.layout(content, Map.of())
          : null;
    }
  }

  /**
   * The build context's first lines, read on the first computation that needs them (off the JavaFX
   * thread) and kept for the review's later ones: the text does not change while it is reviewed.
   */
  private static final class ContextOnce {
    private final Supplier<Path> folder;
    private final String text;
    private BuildContext read;

    ContextOnce(Supplier<Path> folder, String text) {
      this.folder = folder;
      this.text = text;
    }

    synchronized BuildContext get() {
      if (read == null) {
        Path dir = folder.get();
        read =
            dir == null || !java.nio.file.Files.isDirectory(dir)
                ? BuildContext.NONE
                : ContextSnapshot.read(dir, text);
      }
      return read;
    }
  }
}
