package io.stagecraft.ui.build;

import io.stagecraft.core.build.BuildError;
import io.stagecraft.core.build.BuildException;
import io.stagecraft.core.build.BuildListener;
import io.stagecraft.core.build.BuildStep;
import io.stagecraft.core.build.ComparedVariant;
import io.stagecraft.core.build.Sizes;
import io.stagecraft.core.context.ContextSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The progress and outcome of one variant's build, as JavaFX properties. Its {@link #listener}
 * takes the engine's callbacks on the build thread and hands them to the JavaFX thread.
 */
public final class VariantRun {
  /** How far a variant has come. */
  public enum Phase {
    IDLE,
    BUILDING,
    INSPECTING,
    DONE,
    FAILED,
    CANCELLED
  }

  /** Older log lines are dropped beyond this many, so a chatty build cannot exhaust memory. */
  static final int LOG_LIMIT = 5000;

  private final String label;
  private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.IDLE);
  private final StringProperty status = new SimpleStringProperty("Not built yet");
  private final DoubleProperty progress = new SimpleDoubleProperty(0);
  private final IntegerProperty currentLine = new SimpleIntegerProperty(0);
  private final StringProperty context = new SimpleStringProperty("");
  private final BooleanProperty contextWarning = new SimpleBooleanProperty(false);
  private final ObservableList<String> log = FXCollections.observableArrayList();
  private final ObjectProperty<BuildError> error = new SimpleObjectProperty<>();
  private final ObjectProperty<ComparedVariant> result = new SimpleObjectProperty<>();
  private String builtText = "";

  public VariantRun(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Clears the last outcome before a new build of {@code dockerfileText}. */
  public void start(String dockerfileText) {
    builtText = dockerfileText == null ? "" : dockerfileText;
    log.clear();
    error.set(null);
    result.set(null);
    context.set("");
    contextWarning.set(false);
    currentLine.set(0);
    progress.set(-1);
    status.set("Preparing the context\u2026");
    phase.set(Phase.BUILDING);
  }

  /** Back to not built, with {@code why} as the status: the variant is left out of this build. */
  public void reset(String why) {
    builtText = "";
    log.clear();
    error.set(null);
    result.set(null);
    context.set("");
    contextWarning.set(false);
    currentLine.set(0);
    progress.set(0);
    status.set(why);
    phase.set(Phase.IDLE);
  }

  /**
   * A listener for the engine that applies each event on {@code fx}. Log lines are batched: a build
   * can print thousands of lines a second, and one JavaFX task per line would starve painting.
   */
  public BuildListener listener(Executor fx) {
    ConcurrentLinkedQueue<String> pending = new ConcurrentLinkedQueue<>();
    AtomicBoolean drainScheduled = new AtomicBoolean();
    return new BuildListener() {
      @Override
      public void onContext(ContextSize size) {
        fx.execute(() -> showContext(size));
      }

      @Override
      public void onStep(BuildStep step) {
        fx.execute(() -> showStep(step));
      }

      @Override
      public void onLog(String line) {
        pending.add(line);
        if (drainScheduled.compareAndSet(false, true)) {
          fx.execute(
              () -> {
                drainScheduled.set(false);
                List<String> lines = new ArrayList<>();
                for (String l; (l = pending.poll()) != null; ) {
                  lines.add(l);
                }
                appendLog(lines);
              });
        }
      }

      @Override
      public void onError(BuildError e) {
        fx.execute(() -> error.set(e));
      }
    };
  }

  void showContext(ContextSize size) {
    context.set(
        ("Context: "
                + io.stagecraft.ui.Plural.of(size.fileCount(), "file")
                + ", "
                + Sizes.human(size.totalBytes()))
            + (size.exceedsThreshold()
                ? " \u2014 above "
                    + Sizes.human(size.warnThresholdBytes())
                    + "; is .dockerignore missing something?"
                : ""));
    contextWarning.set(size.exceedsThreshold());
    status.set("Sending the context\u2026");
  }

  void showStep(BuildStep step) {
    if (phase.get() != Phase.BUILDING) {
      return;
    }
    int total = Math.max(step.total(), step.number());
    progress.set(total == 0 ? -1 : (double) (step.number() - 1) / total);
    status.set("Step " + step.number() + " of " + total + ": " + step.instruction());
    currentLine.set(Math.max(0, step.line()));
  }

  void appendLog(List<String> lines) {
    // BuildKit's progress separates entries with empty lines; in a list they only take room.
    log.addAll(lines.stream().filter(l -> !l.isBlank()).toList());
    if (log.size() > LOG_LIMIT) {
      log.remove(0, log.size() - LOG_LIMIT);
    }
  }

  /** The image is built; its inspection follows. */
  public void built() {
    progress.set(1);
    currentLine.set(0);
    status.set("Built; inspecting the image\u2026");
    phase.set(Phase.INSPECTING);
  }

  /** The build and inspection are done. */
  public void finished(ComparedVariant variant) {
    result.set(variant);
    progress.set(1);
    currentLine.set(0);
    status.set(
        "Built "
            + Sizes.shortId(variant.image().imageId())
            + " in "
            + String.format(Locale.ROOT, "%.1f s", variant.build().duration().toMillis() / 1000.0)
            + ": "
            + Sizes.exactAndHuman(variant.image().sizeBytes()));
    phase.set(Phase.DONE);
  }

  /** The build or the inspection failed, or was cancelled. */
  public void failed(Throwable failure) {
    Throwable cause =
        failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    currentLine.set(0);
    if (cause instanceof BuildException b && b.kind() == BuildException.Kind.CANCELLED) {
      status.set("Cancelled");
      progress.set(0);
      phase.set(Phase.CANCELLED);
      return;
    }
    BuildError why =
        cause instanceof BuildException b
            ? b.error()
            : new BuildError(String.valueOf(cause.getMessage()), 0);
    // The listener's onError usually came first and may carry the line; keep it when the result's
    // has none.
    if (error.get() == null || why.hasLine() || !error.get().hasLine()) {
      error.set(why);
    }
    // The message itself is shown once, in full, by the error line and at the end of the log; the
    // status only says that and where it failed.
    status.set("Failed" + (error.get().hasLine() ? " at line " + error.get().line() : ""));
    appendLog(
        error.get().message() == null
            ? List.of("ERROR")
            : error.get().message().lines().map(l -> "ERROR: " + l).toList());
    phase.set(Phase.FAILED);
  }

  /** The status, and for a failure the first line of its message: for a verdict in one line. */
  public String summary() {
    BuildError e = error.get();
    return phase.get() == Phase.FAILED && e != null && e.message() != null
        ? status.get() + ": " + e.message().lines().findFirst().orElse("")
        : status.get();
  }

  /** The text of line {@code line} (1-based) of the Dockerfile built, or an empty string. */
  public String lineText(int line) {
    List<String> lines = builtText.lines().toList();
    return line >= 1 && line <= lines.size() ? lines.get(line - 1).strip() : "";
  }

  public ObjectProperty<Phase> phaseProperty() {
    return phase;
  }

  public StringProperty statusProperty() {
    return status;
  }

  /** 0 to 1, or -1 while the number of steps is not known. */
  public DoubleProperty progressProperty() {
    return progress;
  }

  /** The Dockerfile line of the step running, or 0. */
  public IntegerProperty currentLineProperty() {
    return currentLine;
  }

  public StringProperty contextProperty() {
    return context;
  }

  public BooleanProperty contextWarningProperty() {
    return contextWarning;
  }

  public ObservableList<String> log() {
    return log;
  }

  public ObjectProperty<BuildError> errorProperty() {
    return error;
  }

  public ObjectProperty<ComparedVariant> resultProperty() {
    return result;
  }

  public boolean isRunning() {
    return phase.get() == Phase.BUILDING || phase.get() == Phase.INSPECTING;
  }
}
