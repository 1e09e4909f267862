package io.stagecraft.ui.build;

import io.stagecraft.core.build.BuildEngine;
import io.stagecraft.core.build.BuildException;
import io.stagecraft.core.build.BuildLabels;
import io.stagecraft.core.build.BuildListener;
import io.stagecraft.core.build.BuildRequest;
import io.stagecraft.core.build.BuildResult;
import io.stagecraft.core.build.BuiltImage;
import io.stagecraft.core.build.ComparedVariant;
import io.stagecraft.core.build.ComparisonMarkdown;
import io.stagecraft.core.build.ImageReport;
import io.stagecraft.core.build.RunResult;
import io.stagecraft.core.build.VariantBuilds;
import io.stagecraft.persistence.BuildSettings;
import io.stagecraft.persistence.VariantSettings;
import io.stagecraft.ui.concurrent.BackgroundWork;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The build panel's state: the engine, the two variants' settings, their builds and the comparison.
 * Everything here is touched on the JavaFX thread only; engine calls go through {@link
 * BackgroundWork} and build callbacks come back through the {@code fx} executor.
 */
public final class BuildPanelModel {
  private final EngineGateway gateway;
  private final BackgroundWork background;
  private final Executor fx;
  private final Supplier<Sources> sources;
  private final ObjectProperty<EngineCheck> engine = new SimpleObjectProperty<>();
  private final BooleanProperty checking = new SimpleBooleanProperty(false);
  private final ObjectProperty<BuildSettings> settings =
      new SimpleObjectProperty<>(BuildSettings.DEFAULT);
  private final VariantRun a = new VariantRun("A");
  private final VariantRun b = new VariantRun("B");
  private final BooleanBinding building =
      Bindings.createBooleanBinding(
          () -> a.isRunning() || b.isRunning(), a.phaseProperty(), b.phaseProperty());
  private final StringProperty message = new SimpleStringProperty("");
  private final StringProperty notice = new SimpleStringProperty("");
  private final BooleanProperty running = new SimpleBooleanProperty(false);
  private final StringProperty runStatus = new SimpleStringProperty("");
  private final javafx.collections.ObservableList<BuiltImage> builtImages =
      javafx.collections.FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper builtListed = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper(true);
  private VariantBuilds current;

  /**
   * @param fx runs a task on the JavaFX thread ({@code Platform::runLater} in the app)
   * @param sources reads the Dockerfiles a build may use; called on the JavaFX thread
   */
  public BuildPanelModel(
      EngineGateway gateway, BackgroundWork background, Executor fx, Supplier<Sources> sources) {
    this.gateway = gateway;
    this.background = background;
    this.fx = fx;
    this.sources = sources;
    settings.addListener((o, was, now) -> refreshComparing());
  }

  /** Looks for the engine off the JavaFX thread; the chip says "checking" meanwhile. */
  public void checkEngine() {
    if (checking.get()) {
      return;
    }
    checking.set(true);
    background.run(
        gateway::connect,
        found -> {
          checking.set(false);
          engine.set(found);
        },
        failure -> {
          checking.set(false);
          engine.set(
              EngineCheck.unavailable("Looking for the engine failed: " + failure.getMessage()));
        });
  }

  /**
   * Builds both variants, at once or one after the other as the settings say; only B while A has
   * nothing to build (see {@link #comparingProperty()}). A variant that cannot be built as set says
   * why on its own, and the other is built all the same.
   */
  public void buildBoth() {
    EngineCheck check = engine.get();
    if (building.get()) {
      return;
    }
    if (check == null || !check.isConnected()) {
      message.set("No engine to build on. " + EngineCheck.REMEDY);
      return;
    }
    BuildSettings s = settings.get();
    Sources read = sources.get();
    refreshComparing(read);
    message.set("");
    runStatus.set("");
    BuildEngine on = check.engine();
    List<VariantRun> runs = comparing.get() ? List.of(a, b) : List.of(b);
    if (!comparing.get()) {
      a.reset(NOTHING_TO_COMPARE);
    }
    // The variants show "preparing" at once; resolving them may read files, so it runs in the
    // background.
    runs.forEach(run -> run.start(null));
    background.run(
        () ->
            runs.stream()
                .map(run -> Resolution.of(run.label(), settings(s, run.label()), read))
                .toList(),
        resolutions -> start(on, runs, resolutions, !s.sequential()),
        failure -> runs.forEach(run -> run.failed(failure)));
  }

  /** Shown on A while only B can be built. */
  static final String NOTHING_TO_COMPARE =
      "Nothing to compare with yet: once the Dockerfile is saved, A builds it as saved";

  /** A variant's request, or why it cannot be built. */
  private record Resolution(ResolvedVariant variant, RuntimeException problem) {
    static Resolution of(String label, VariantSettings settings, Sources read) {
      try {
        return new Resolution(VariantRequests.resolve(label, settings, read), null);
      } catch (RuntimeException e) {
        return new Resolution(null, e);
      }
    }
  }

  private void start(
      BuildEngine on, List<VariantRun> runs, List<Resolution> resolutions, boolean parallel) {
    List<VariantRun> toBuild = new java.util.ArrayList<>();
    List<ResolvedVariant> resolved = new java.util.ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      Resolution r = resolutions.get(i);
      if (r.problem() != null) {
        runs.get(i).failed(r.problem());
      } else {
        runs.get(i).start(r.variant().text());
        toBuild.add(runs.get(i));
        resolved.add(r.variant());
      }
    }
    if (toBuild.isEmpty()) {
      return;
    }
    List<BuildRequest> requests = resolved.stream().map(ResolvedVariant::request).toList();
    List<BuildListener> listeners = toBuild.stream().map(run -> run.listener(fx)).toList();
    // Starting packs the context into a tar, which can take a while for a large folder.
    background.run(
        () -> VariantBuilds.start(on, requests, listeners, parallel),
        builds -> {
          current = builds;
          for (int i = 0; i < toBuild.size(); i++) {
            follow(on, builds.results().get(i), toBuild.get(i), resolved.get(i));
          }
        },
        failure -> toBuild.forEach(run -> run.failed(failure)));
  }

  private static VariantSettings settings(BuildSettings s, String label) {
    return label.equals("A") ? s.a() : s.b();
  }

  /**
   * Whether A has something to build, so "Build both" compares two images; while it is false the
   * panel offers a single Build of B.
   */
  public ReadOnlyBooleanProperty comparingProperty() {
    return comparing.getReadOnlyProperty();
  }

  /** Looks again at whether A has something to build; the panel calls it when the file changes. */
  public void refreshComparing() {
    refreshComparing(sources.get());
  }

  private void refreshComparing(Sources read) {
    comparing.set(VariantRequests.hasDockerfile(settings.get().a(), read));
  }

  private void follow(
      BuildEngine on,
      CompletableFuture<BuildResult> result,
      VariantRun run,
      ResolvedVariant variant) {
    result.whenComplete(
        (built, failure) ->
            fx.execute(
                () -> {
                  if (failure != null) {
                    run.failed(failure);
                    return;
                  }
                  run.built();
                  background.run(
                      () -> inspect(on, built, variant),
                      report ->
                          run.finished(
                              new ComparedVariant(
                                  run.label(),
                                  variant.description(),
                                  variant.request().target(),
                                  built,
                                  report,
                                  null)),
                      run::failed);
                }));
  }

  private static ImageReport inspect(BuildEngine on, BuildResult built, ResolvedVariant variant) {
    try {
      return on.inspect(built.imageId(), variant.text(), variant.request().target());
    } catch (BuildException e) {
      throw new java.util.concurrent.CompletionException(e);
    }
  }

  /** Stops both builds on the engine. */
  public void cancel() {
    if (current != null && building.get()) {
      VariantBuilds builds = current;
      // Not through the background: it may be busy inspecting the other image, and a cancel must
      // reach the engine within a second.
      CompletableFuture.runAsync(builds::cancel)
          .whenComplete(
              (done, failure) -> {
                if (failure != null) {
                  fx.execute(() -> message.set("Cancelling failed: " + failure.getMessage()));
                }
              });
    }
  }

  /** Runs both images' default command with {@code args}, each stopped after {@code timeout}. */
  public void runBoth(List<String> args, Duration timeout) {
    ComparedVariant first = a.resultProperty().get();
    ComparedVariant second = b.resultProperty().get();
    EngineCheck check = engine.get();
    if (first == null || second == null || check == null || !check.isConnected() || running.get()) {
      return;
    }
    running.set(true);
    runStatus.set("Running both images\u2026");
    BuildEngine on = check.engine();
    background.run(
        () -> List.of(run(on, first, args, timeout), run(on, second, args, timeout)),
        results -> {
          a.resultProperty().set(first.withRun(results.get(0)));
          b.resultProperty().set(second.withRun(results.get(1)));
          runStatus.set(
              results.get(0).sameOutcomeAs(results.get(1))
                  ? "Both ended the same way and printed the same"
                  : "The runs differ");
          // Last: whoever waits for the run to end finds both results in place.
          running.set(false);
        },
        failure -> {
          runStatus.set("Running failed: " + failure.getMessage());
          running.set(false);
        });
  }

  private static RunResult run(
      BuildEngine on, ComparedVariant v, List<String> args, Duration timeout) {
    try {
      return on.run(v.image().imageId(), args, timeout);
    } catch (BuildException e) {
      throw new IllegalStateException(v.label() + ": " + e.getMessage(), e);
    }
  }

  /** Lists the images Stagecraft built on this engine (by their label), newest first. */
  public void listBuilt() {
    onEngine(
        BuildEngine::listBuilt,
        images -> {
          builtImages.setAll(images);
          builtListed.set(true);
        },
        "Listing images failed: ");
  }

  /** The images {@link #listBuilt()} found, newest first. */
  public javafx.collections.ObservableList<BuiltImage> builtImages() {
    return builtImages;
  }

  /** Whether the images have been listed since the panel was made. */
  public ReadOnlyBooleanProperty builtListedProperty() {
    return builtListed.getReadOnlyProperty();
  }

  /** Removes one image Stagecraft built, then lists them again. */
  public void removeImage(BuiltImage image) {
    onEngine(
        on -> {
          on.removeImage(image.id());
          return image;
        },
        removed -> {
          builtImages.remove(removed);
          listBuilt();
        },
        "Removing the image failed: ");
  }

  /**
   * Removes the images the desktop app built on this engine (they carry its project label), and
   * says how many went.
   */
  public void removeBuilt() {
    if (building.get()) {
      return;
    }
    onEngine(
        on -> on.removeBuilt(BuildLabels.PROJECT, VariantRequests.PROJECT),
        removed -> {
          notice.set(
              "Removed "
                  + removed
                  + (removed == 1 ? " image" : " images")
                  + " built by Stagecraft");
          if (builtListed.get()) {
            listBuilt();
          }
        },
        "Removing images failed: ");
  }

  /** A call to the engine that may fail as the engine says. */
  @FunctionalInterface
  private interface EngineCall<T> {
    T on(BuildEngine engine) throws BuildException;
  }

  /**
   * Runs {@code call} on the connected engine in the background and hands its result to {@code
   * then}; a failure goes to the message line after {@code failedAs}. Without an engine it does
   * nothing.
   */
  private <T> void onEngine(EngineCall<T> call, Consumer<T> then, String failedAs) {
    EngineCheck check = engine.get();
    if (check == null || !check.isConnected()) {
      return;
    }
    BuildEngine on = check.engine();
    background.run(
        () -> {
          try {
            return call.on(on);
          } catch (BuildException e) {
            throw new IllegalStateException(e.getMessage(), e);
          }
        },
        then,
        failure -> message.set(failedAs + failure.getMessage()));
  }

  /** The comparison as Markdown, or null until both variants are built. */
  public String markdown(String chartFile) {
    ComparedVariant first = a.resultProperty().get();
    ComparedVariant second = b.resultProperty().get();
    return first == null || second == null ? null : ComparisonMarkdown.of(first, second, chartFile);
  }

  /** Replaces one variant's settings. */
  /** The settings of variant {@code label} ({@code A} or {@code B}). */
  public VariantSettings settings(String label) {
    return label.equals("A") ? settings.get().a() : settings.get().b();
  }

  /**
   * Finds the folder relative context folders and files are resolved against, and hands it to
   * {@code then} on the JavaFX thread; null when nothing is saved yet. It is found off the JavaFX
   * thread, as it may write the sample's files out first, but not through the background, where it
   * could wait behind an engine that does not answer.
   */
  public void findBaseDirectory(Consumer<Path> then, Consumer<Throwable> failed) {
    Supplier<Path> base = sources.get().baseDir();
    CompletableFuture.supplyAsync(base)
        .whenComplete(
            (dir, failure) ->
                fx.execute(
                    () -> {
                      if (failure == null) {
                        then.accept(dir);
                      } else {
                        failed.accept(
                            failure instanceof java.util.concurrent.CompletionException
                                    && failure.getCause() != null
                                ? failure.getCause()
                                : failure);
                      }
                    }));
  }

  public void update(String label, VariantSettings variant) {
    settings.set(label.equals("A") ? settings.get().withA(variant) : settings.get().withB(variant));
  }

  public VariantRun variant(String label) {
    return label.equals("A") ? a : b;
  }

  public ObjectProperty<EngineCheck> engineProperty() {
    return engine;
  }

  public BooleanProperty checkingProperty() {
    return checking;
  }

  public ObjectProperty<BuildSettings> settingsProperty() {
    return settings;
  }

  public BooleanBinding buildingProperty() {
    return building;
  }

  /** A problem that concerns both variants, or an empty string. */
  public StringProperty messageProperty() {
    return message;
  }

  /** What the last housekeeping action did, or an empty string. */
  public StringProperty noticeProperty() {
    return notice;
  }

  public BooleanProperty runningProperty() {
    return running;
  }

  public StringProperty runStatusProperty() {
    return runStatus;
  }
}
