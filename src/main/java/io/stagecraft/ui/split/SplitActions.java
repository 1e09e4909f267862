package io.stagecraft.ui.split;

import io.stagecraft.core.model.Stage;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.split.SplitPreview;
import io.stagecraft.layout.DiagramBuilder;
import io.stagecraft.ui.concurrent.BackgroundWork;
import io.stagecraft.ui.dialog.Prompts;
import io.stagecraft.ui.model.EditorModel;
import io.stagecraft.ui.model.Selection;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Split stage here" and "Slim it": each shows a review of the split and, when the user accepts it,
 * applies it as one undoable edit, records the text before it as the project's original (when the
 * project has none), and can hand the new runtime stage to the build panel to verify.
 */
public final class SplitActions {
  private final EditorModel model;
  private final Prompts prompts;
  private final Consumer<String> recordOriginal;
  private final BackgroundWork previews;
  private BackgroundWork background;
  private SplitReviewer reviewer;
  private Supplier<RuntimeInspector> inspector = () -> null;
  private Supplier<List<String>> projectImages = List::of;
  private Consumer<String> verifier;
  private Supplier<Supplier<Path>> contextLocator = () -> () -> null;

  /** A split asked for whose first preview is still being computed; further asks wait for it. */
  private SplitReview pending;

  /**
   * @param recordOriginal told the text before a split, to keep it as the original it started from
   * @param previews where the review computes its previews, off the JavaFX thread
   */
  public SplitActions(
      EditorModel model,
      Prompts prompts,
      Consumer<String> recordOriginal,
      BackgroundWork previews) {
    this.model = model;
    this.prompts = prompts;
    this.recordOriginal = recordOriginal;
    this.previews = previews;
  }

  public void setReviewer(SplitReviewer reviewer) {
    this.reviewer = reviewer;
  }

  /**
   * Where the review reads the build context's scripts from: called on the JavaFX thread when a
   * split is asked for, it gives the folder's supplier, which the review calls off that thread.
   */
  public void setContextLocator(Supplier<Supplier<Path>> locator) {
    this.contextLocator = locator;
  }

  /**
   * Connects the engine: {@code inspector} gives the engine's inspection (null while there is no
   * engine), {@code images} the images the project names, and {@code verifier} builds, runs and
   * compares the original and the split's runtime stage, given that stage's name.
   *
   * @param background where the engine is asked; a slow engine must not hold up the editor's own
   *     work
   */
  public void connectEngine(
      Supplier<RuntimeInspector> inspector,
      Supplier<List<String>> images,
      Consumer<String> verifier,
      BackgroundWork background) {
    this.background = background;
    this.inspector = inspector;
    this.projectImages = images;
    this.verifier = verifier;
  }

  /** Whether "Apply and verify" can be offered: a build panel is there and has an engine. */
  public boolean canVerify() {
    return verifier != null && inspector.get() != null;
  }

  /** Splits the stage holding {@code line} before that line. */
  public void splitAtLine(int line) {
    review(SplitReview.Mode.AT_LINE, line);
  }

  /** Splits a stage before one of its instructions, as chosen in its box. */
  public void splitBefore(int stage, int position) {
    StageGraph graph = model.document().graph();
    if (stage < 0
        || stage >= graph.stages().size()
        || position < 0
        || position >= graph.stages().get(stage).instructions().size()) {
      return;
    }
    splitAtLine(graph.stages().get(stage).instructions().get(position).line());
  }

  /** The one-click split of the final stage. */
  public void slim() {
    review(SplitReview.Mode.SLIM, 0);
  }

  private void review(SplitReview.Mode mode, int line) {
    if (pending != null) {
      return;
    }
    String before = model.document().text();
    SplitReview review =
        new SplitReview(
            before,
            mode,
            line,
            inspector.get(),
            previews,
            projectImages.get(),
            background,
            contextLocator.get());
    pending = review;
    review.whenFirstComputed(
        () -> {
          pending = null;
          decide(review, before);
        });
  }

  /** Shows the review once its first preview is there, and applies what the user accepts. */
  private void decide(SplitReview review, String before) {
    SplitReview.Mode mode = review.mode();
    if (!review.outcome().ok()) {
      // With the default choices failing, the text itself (or the point in it) is the problem: say
      // so at once.
      prompts.showError(
          mode == SplitReview.Mode.SLIM ? "Cannot slim this Dockerfile" : "Cannot split here",
          review.outcome().problem());
      return;
    }
    Optional<SplitDecision> decision = reviewer.review(review);
    if (decision.isEmpty() || decision.get().preview() == null) {
      return;
    }
    SplitPreview preview = decision.get().preview();
    if (!model.document().text().equals(preview.before())) {
      prompts.showError(
          "The text changed", "The Dockerfile changed while the split was shown; split it again.");
      return;
    }
    model.apply(preview.edit());
    recordOriginal.accept(before);
    Stage runtime = model.document().graph().stages().get(preview.stageIndex() + 1);
    model.select(Selection.node(DiagramBuilder.stageId(runtime), Selection.Origin.CANVAS));
    if (decision.get().verify() && verifier != null) {
      verifier.accept(preview.runtimeName());
    }
  }
}
