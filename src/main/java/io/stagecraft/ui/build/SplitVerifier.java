package io.stagecraft.ui.build;

import io.stagecraft.core.build.ComparedVariant;
import io.stagecraft.core.build.SplitCheck;
import io.stagecraft.persistence.BuildSettings;
import io.stagecraft.persistence.VariantSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Proves a split from the desktop: points variant A at the original and variant B at the split's
 * runtime stage, builds both, runs both with the same (no) arguments, and judges them with {@link
 * SplitCheck}, the judgement the command line makes. Runs after that (with arguments from the "Run
 * both" tab) are judged again while the verification is shown.
 */
public final class SplitVerifier {
  /** How long each image may run before it is stopped and counted as timed out. */
  static final Duration RUN_TIMEOUT = Duration.ofSeconds(120);

  /** Where a verification is, and what it says. */
  public enum State {
    RUNNING,
    PASSED,
    FAILED
  }

  /**
   * @param check the judgement, once both ran; null before, or when a build or run failed
   */
  public record Verdict(State state, String text, SplitCheck check) {}

  private final BuildPanelModel model;
  private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
  private String runtimeStage;

  public SplitVerifier(BuildPanelModel model) {
    this.model = model;
    for (String label : List.of("A", "B")) {
      VariantRun run = model.variant(label);
      run.resultProperty().addListener((o, was, now) -> resultsChanged());
      run.phaseProperty()
          .addListener(
              (o, was, now) -> {
                if (active()
                    && (now == VariantRun.Phase.FAILED || now == VariantRun.Phase.CANCELLED)) {
                  fail(
                      (label.equals("A") ? "A (the original)" : "B (the split)")
                          + " did not build: "
                          + run.summary());
                }
              });
    }
    model
        .runningProperty()
        .addListener(
            (o, was, now) -> {
              if (active() && !now && !bothRan()) {
                fail(model.runStatusProperty().get());
              }
            });
  }

  /**
   * Starts verifying the split whose runtime stage is {@code stage}; the build args of both
   * variants go to both.
   */
  public void verify(String stage) {
    if (model.buildingProperty().get()) {
      runtimeStage = null;
      verdict.set(
          new Verdict(
              State.FAILED,
              "Not verified: a build is running; cancel it or let it finish, then "
                  + "verify again.",
              null));
      return;
    }
    BuildSettings s = model.settingsProperty().get();
    Map<String, String> args = new HashMap<>(s.a().buildArgs());
    args.putAll(s.b().buildArgs());
    VariantSettings a =
        s.a().withSource(VariantSettings.Source.ORIGINAL).withTarget(null).withBuildArgs(args);
    VariantSettings b =
        s.b()
            .withSource(VariantSettings.Source.DOCUMENT)
            .withFile(null)
            .withTarget(stage)
            .withContext(s.a().context())
            .withBuildArgs(args);
    model.settingsProperty().set(s.withA(a).withB(b));
    runtimeStage = stage;
    verdict.set(
        new Verdict(
            State.RUNNING,
            "Verifying the split: building A (the original) and B (stage "
                + stage
                + " of the split)\u2026",
            null));
    model.buildBoth();
    if (model.variant("A").phaseProperty().get() != VariantRun.Phase.BUILDING) {
      fail(model.messageProperty().get()); // refused at once, such as for want of an engine
    }
  }

  /** Stops judging: the user went on to build something else. */
  public void dismiss() {
    runtimeStage = null;
    verdict.set(null);
  }

  public ObjectProperty<Verdict> verdictProperty() {
    return verdict;
  }

  private boolean active() {
    return runtimeStage != null;
  }

  private boolean bothRan() {
    ComparedVariant a = model.variant("A").resultProperty().get();
    ComparedVariant b = model.variant("B").resultProperty().get();
    return a != null && b != null && a.run() != null && b.run() != null;
  }

  private void resultsChanged() {
    ComparedVariant a = model.variant("A").resultProperty().get();
    ComparedVariant b = model.variant("B").resultProperty().get();
    if (!active() || a == null || b == null) {
      return;
    }
    if (a.run() == null && b.run() == null) {
      if (!model.runningProperty().get()) {
        verdict.set(new Verdict(State.RUNNING, "Both built; running both images\u2026", null));
        model.runBoth(List.of(), RUN_TIMEOUT);
      }
      return;
    }
    if (a.run() != null && b.run() != null) {
      SplitCheck check =
          new SplitCheck(a.image().sizeBytes(), b.image().sizeBytes(), a.run(), b.run());
      String text =
          check.passed()
              ? "Split verified: " + check.behaviour() + ". " + check.size() + "."
              : "Split NOT verified: "
                  + check.behaviour()
                  + (check.sameOutcome() ? "" : " (" + check.difference() + "; see Run both)")
                  + ". "
                  + check.size()
                  + ".";
      verdict.set(new Verdict(check.passed() ? State.PASSED : State.FAILED, text, check));
    }
  }

  private void fail(String why) {
    verdict.set(new Verdict(State.FAILED, "Split NOT verified: " + why, null));
  }
}
