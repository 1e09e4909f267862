package io.stagecraft.ui.lint;

import io.stagecraft.core.lint.ContextFacts;
import io.stagecraft.core.lint.LintRequest;
import io.stagecraft.core.lint.Linter;
import io.stagecraft.ui.concurrent.BackgroundWork;
import io.stagecraft.ui.model.DiagramSnapshot;
import io.stagecraft.ui.model.EditorModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Lints each revision the background parse delivers, off the JavaFX thread, and publishes the
 * result on it. A result that arrives after the document moved on is dropped: the next revision's
 * lint replaces it.
 */
public final class LintService {
  private final EditorModel model;
  private final BackgroundWork background;
  private final Linter linter;
  private final Supplier<LintRequest> request;
  private final ReadOnlyObjectWrapper<LintResult> result = new ReadOnlyObjectWrapper<>();

  /** The build context's facts, read once per context folder: walking it per keystroke is slow. */
  private final Map<Path, ContextFacts> facts = new ConcurrentHashMap<>();

  /**
   * @param request what the file's context, arguments and configuration are; asked on the JavaFX
   *     thread for every lint
   */
  public LintService(
      EditorModel model, BackgroundWork background, Linter linter, Supplier<LintRequest> request) {
    this.model = model;
    this.background = background;
    this.linter = linter;
    this.request = request;
    model.snapshotProperty().addListener((obs, was, snapshot) -> lint(snapshot));
    lint(model.snapshot());
  }

  /** The latest result; it may be of an older revision than the document's. */
  public ReadOnlyObjectProperty<LintResult> resultProperty() {
    return result.getReadOnlyProperty();
  }

  /** The latest result when it is of the document's current revision, else null. */
  public LintResult current() {
    LintResult r = result.get();
    return r != null && r.document() == model.document() && r.isCurrent() ? r : null;
  }

  /** Forgets what was read of the build contexts, so the next lint reads them again. */
  public void rereadContext() {
    facts.clear();
  }

  private ContextFacts factsOf(LintRequest req) {
    Path dir = req.context();
    return dir == null ? ContextFacts.unknown() : facts.computeIfAbsent(dir, d -> req.facts());
  }

  private void lint(DiagramSnapshot snapshot) {
    if (snapshot == null || !snapshot.isCurrent()) {
      return;
    }
    LintRequest req = request.get();
    background.run(
        () ->
            new LintResult(
                snapshot.document(),
                snapshot.revision(),
                linter.lint(req.contextFor(snapshot.graph(), factsOf(req)))),
        done -> {
          if (done.document() == model.document() && done.isCurrent()) {
            result.set(done);
          }
        },
        failure -> {});
  }
}
