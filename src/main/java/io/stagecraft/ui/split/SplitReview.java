package io.stagecraft.ui.split;

import io.stagecraft.core.edit.EditException;
import io.stagecraft.core.split.Ecosystem;
import io.stagecraft.core.split.ImageConfig;
import io.stagecraft.core.split.RuntimeImage;
import io.stagecraft.core.split.SplitAssistant;
import io.stagecraft.core.split.SplitOptions;
import io.stagecraft.core.split.SplitPreview;
import io.stagecraft.ui.concurrent.BackgroundWork;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A split while the user reviews it: their choices (runtime image, tags, stage names) and the
 * preview those give. Each runtime image is inspected on the engine once, in the background, and
 * the preview is recomputed with what the engine says. Used on the JavaFX thread only.
 */
public final class SplitReview {
  /** Where the split was asked for. */
  public enum Mode {
    /** Before a chosen line: "Split stage here". */
    AT_LINE,
    /** The one-click split of the final stage: "Slim it". */
    SLIM
  }

  /** What the current choices give: a preview, or why there is none. */
  public record Outcome(SplitPreview preview, String problem) {
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
  private final BackgroundWork background;
  private final List<String> projectImages;
  private final SplitAssistant assistant = new SplitAssistant();
  private final Map<String, Inspection> inspected = new HashMap<>();
  private final Set<String> asking = new HashSet<>();
  private final List<Runnable> listeners = new ArrayList<>();
  private SplitOptions options = SplitOptions.defaults();
  private Outcome outcome;

  /**
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
    this.text = text;
    this.mode = mode;
    this.line = line;
    this.inspector = inspector;
    this.background = background;
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

  public Outcome outcome() {
    return outcome;
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
    if (!outcome.ok()) {
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
    // Whether the split adds a USER for it depends on the image and the original's own USER.
    Outcome other = compute(options.withNonroot(!options.nonroot()), known(ref));
    return other.ok() && !other.preview().after().equals(outcome.preview().after())
        ? null
        : ref
            + " has no nonroot tag, and the split needs no USER line for it (it runs as a user "
            + "already, or the original names its own): the choice changes nothing.";
  }

  private ImageConfig known(String ref) {
    Inspection inspection = inspected.get(ref);
    return inspection != null && inspection.config().isPresent() ? inspection.config().get() : null;
  }

  /** Whether the engine is still being asked about the runtime image. */
  public boolean inspecting() {
    return outcome.ok() && asking.contains(outcome.preview().runtime().reference());
  }

  private Optional<String> suggested() {
    try {
      return Optional.of(assistant.suggest(text, options).image());
    } catch (EditException e) {
      return Optional.empty();
    }
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

  private void update() {
    outcome = compute(null);
    if (outcome.ok()) {
      String ref = outcome.preview().runtime().reference();
      Inspection known = inspected.get(ref);
      if (known != null && known.config().isPresent()) {
        outcome = compute(known.config().get());
      } else if (known == null && inspector != null && !ref.equals("scratch") && asking.add(ref)) {
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

  private Outcome compute(ImageConfig config) {
    return compute(options, config);
  }

  private Outcome compute(SplitOptions chosen, ImageConfig config) {
    SplitOptions effective = config == null ? chosen : chosen.withInspectedRuntime(config);
    try {
      SplitPreview preview =
          mode == Mode.SLIM
              ? assistant.slim(text, effective)
              : assistant.splitAt(text, line, effective);
      return new Outcome(preview, null);
    } catch (EditException e) {
      return new Outcome(null, e.getMessage());
    }
  }
}
