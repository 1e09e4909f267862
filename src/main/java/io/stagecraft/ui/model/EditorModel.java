package io.stagecraft.ui.model;

import io.stagecraft.core.document.Document;
import io.stagecraft.core.document.DocumentListener;
import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.model.ReferenceContext;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.layout.DiagramArranger;
import io.stagecraft.layout.DiagramBuilder;
import io.stagecraft.layout.DiagramLayout;
import io.stagecraft.layout.Point;
import io.stagecraft.ui.concurrent.BackgroundWork;
import io.stagecraft.ui.derive.DerivationPipeline;
import io.stagecraft.ui.derive.Linting;
import io.stagecraft.ui.failure.FailureHandler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The view model both panes render: the open document, the canvas's snapshot of it, the user's box
 * positions and folds, and the selection. Every change to the text goes through {@link #apply}.
 */
public final class EditorModel {
  /** Texts up to this size are quick enough for previews to parse on the JavaFX thread. */
  static final int SYNC_TEXT_LIMIT = 64 * 1024;

  /** Diagrams up to this many nodes are quick enough for previews to lay out at once. */
  static final int SYNC_NODE_LIMIT = 40;

  /** Told when the document is replaced or changed; the code pane is one. */
  public interface DocumentObserver {
    void replaced(Document document);

    void changed(Document document, DocumentEdit edit, String before);
  }

  private static final System.Logger LOG = System.getLogger(EditorModel.class.getName());
  private final DerivationPipeline pipeline;
  private final ReadOnlyObjectWrapper<DerivationPipeline.Parsed> parsed =
      new ReadOnlyObjectWrapper<>();
  private final List<DocumentObserver> observers = new CopyOnWriteArrayList<>();
  private final ReadOnlyObjectWrapper<DiagramSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper catchingUp = new ReadOnlyBooleanWrapper(true);
  private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(Selection.NONE);
  private final Map<String, Point> pinned = new HashMap<>();
  private final Set<String> unfolded = new HashSet<>();
  private final DocumentListener documentListener = this::documentChanged;
  private final List<BiConsumer<String, String>> renameListeners = new CopyOnWriteArrayList<>();
  private Document document;
  private boolean namesOnly;
  private boolean readOnly;

  /** The build args and platform the stage references resolve with: the design's build (ADR 17). */
  private ReferenceContext references = ReferenceContext.DEFAULT;

  /** When results that arrive later than their request are applied. */
  private ResultTiming timing = ResultTiming.AT_ONCE;

  /** Whether a request is being made: its results may arrive within it (work on this thread). */
  private boolean requesting;

  /** Whether saving keeps the box positions (a project), so that moving a box is a modification. */
  private boolean positionsSaved = true;

  public EditorModel(BackgroundWork background) {
    this.pipeline = new DerivationPipeline(background, new Results());
  }

  /** Texts up to this length are quick enough for previews to parse on the JavaFX thread. */
  public static int syncTextLimit() {
    return SYNC_TEXT_LIMIT;
  }

  /** Diagrams up to this many nodes are quick enough for previews to lay out at once. */
  public static int syncNodeLimit() {
    return SYNC_NODE_LIMIT;
  }

  public Document document() {
    return document;
  }

  /** Shows {@code newDocument}, with the box positions and folds saved for it. */
  public void load(Document newDocument, Map<String, Point> positions, Set<String> unfoldedIds) {
    load(newDocument, positions, unfoldedIds, references);
  }

  /**
   * Loads {@code newDocument} with the stage references of its own build (ADR 17), so that its
   * first parse is already the one to draw: setting them after the load would derive the document
   * twice, the first time for nothing.
   */
  public void load(
      Document newDocument,
      Map<String, Point> positions,
      Set<String> unfoldedIds,
      ReferenceContext referencesOfTheBuild) {
    references = referencesOfTheBuild;
    if (document != null) {
      document.removeListener(documentListener);
    }
    document = newDocument;
    pipeline.forgetLayout();
    pinned.clear();
    pinned.putAll(positions);
    unfolded.clear();
    unfolded.addAll(unfoldedIds);
    selection.set(Selection.NONE);
    document.addListener(documentListener);
    updateFlags();
    for (DocumentObserver o : observers) {
      tell(() -> o.replaced(document));
    }
    refresh();
  }

  public void addObserver(DocumentObserver observer) {
    observers.add(observer);
  }

  public void removeObserver(DocumentObserver observer) {
    observers.remove(observer);
  }

  public ReadOnlyObjectProperty<DiagramSnapshot> snapshotProperty() {
    return snapshot.getReadOnlyProperty();
  }

  /** The newest revision parsed, with its highlighting; it may lag behind the document. */
  public ReadOnlyObjectProperty<DerivationPipeline.Parsed> parsedProperty() {
    return parsed.getReadOnlyProperty();
  }

  /** The parse of the current text, or null while it is being parsed. */
  public DerivationPipeline.Parsed currentParse() {
    DerivationPipeline.Parsed p = parsed.get();
    return p != null
            && p.request().document() == document
            && p.request().revision() == document.revision()
        ? p
        : null;
  }

  /**
   * Lints every revision with {@code lint} (off the JavaFX thread; it must only read what it
   * captured) and derives the current one again, so its problems show at once.
   */
  public void setLinting(Linting lint) {
    pipeline.setLinting(lint);
    if (document != null) {
      refresh();
    }
  }

  /** How many times the layout library ran; for tests and benchmarks. */
  public long layoutsRun() {
    return pipeline.layoutsRun();
  }

  public DiagramSnapshot snapshot() {
    return snapshot.get();
  }

  /**
   * The snapshot when it shows the current text, else null: gestures work only on what is shown.
   */
  public DiagramSnapshot currentSnapshot() {
    DiagramSnapshot s = snapshot.get();
    return s != null && s.document() == document && s.isCurrent() ? s : null;
  }

  public ObjectProperty<Selection> selectionProperty() {
    return selection;
  }

  public ReadOnlyBooleanProperty modifiedProperty() {
    return modified.getReadOnlyProperty();
  }

  /**
   * True while the snapshot does not show the current text yet (a large file is being laid out).
   */
  public ReadOnlyBooleanProperty catchingUpProperty() {
    return catchingUp.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo.getReadOnlyProperty();
  }

  public Map<String, Point> pinnedPositions() {
    return Map.copyOf(pinned);
  }

  public Set<String> unfoldedIds() {
    return Set.copyOf(unfolded);
  }

  /**
   * Applies one edit to the document as one undoable step; nothing while the document is shown
   * read-only, so that no command (a canvas gesture, a split, a code action) changes it.
   */
  public void apply(DocumentEdit edit) {
    if (!readOnly) {
      document.apply(edit);
    }
  }

  /** Whether {@link #apply} refuses every edit: the file is shown read-only. */
  public void setReadOnly(boolean on) {
    readOnly = on;
  }

  public boolean isReadOnly() {
    return readOnly;
  }

  /** Applies a typed edit; see {@link Document#applyTyping}. */
  public void applyTyping(DocumentEdit edit, boolean joinPrevious) {
    document.applyTyping(edit, joinPrevious);
  }

  public void undo() {
    document.undo();
    updateFlags(); // a box moved back changes no text, so no listener hears of it
  }

  public void redo() {
    document.redo();
    updateFlags();
  }

  public void markSaved() {
    document.markSaved();
    updateFlags();
  }

  /** Whether there is something to save: what the title's {@code *} shows. */
  public boolean isModified() {
    return modified.get();
  }

  /**
   * Says whether saving keeps the box positions: true for a project (and for what is saved as one
   * by default), false for a plain Dockerfile, where a moved box is still undoable but leaves
   * nothing to save.
   */
  public void setPositionsSaved(boolean saved) {
    positionsSaved = saved;
    if (document != null) {
      updateFlags();
    }
  }

  /** Keeps a box where the user dropped it, as one undoable step. */
  public void pin(String nodeId, Point at) {
    if (at.equals(pinned.get(nodeId))) {
      return;
    }
    Map<String, Point> after = new HashMap<>(pinned);
    after.put(nodeId, at);
    changePositions("Move " + nodeId, after);
  }

  /**
   * Returns every box to a fresh automatic layout, as if the file had just been opened; undo puts
   * back the boxes the user had placed.
   */
  public void unpinAll() {
    if (!pinned.isEmpty()) {
      changePositions("Reset layout", Map.of());
    }
    pipeline.forgetLayout();
    refresh();
  }

  /** Replaces the user's box positions as one step in the document's undo history. */
  private void changePositions(String description, Map<String, Point> after) {
    Map<String, Point> before = Map.copyOf(pinned);
    Map<String, Point> now = Map.copyOf(after);
    Document on = document;
    setPinned(now);
    on.record(
        new Document.SideStep() {
          @Override
          public String description() {
            return description;
          }

          @Override
          public void undo() {
            if (document == on) {
              setPinned(before);
            }
          }

          @Override
          public void redo() {
            if (document == on) {
              setPinned(now);
            }
          }
        });
    updateFlags();
  }

  private void setPinned(Map<String, Point> positions) {
    pinned.clear();
    pinned.putAll(positions);
    rearrange();
  }

  /** Shows boxes with names and bases only, or with their instructions, laid out afresh. */
  public void setNamesOnly(boolean on) {
    if (on != namesOnly) {
      namesOnly = on;
      pipeline.forgetLayout();
      refresh();
    }
  }

  /**
   * Resolves stage references, such as {@code FROM binaries-$TARGETOS}, with these build args and
   * platform from now on, as the build of the design would.
   */
  public void setReferenceContext(ReferenceContext context) {
    if (!context.equals(references)) {
      references = context;
      if (document != null) {
        refresh();
      }
    }
  }

  public ReferenceContext referenceContext() {
    return references;
  }

  /** Whether boxes show only names and bases: the compact view of large files. */
  public boolean namesOnly() {
    return namesOnly;
  }

  public void toggleFold(String nodeId) {
    if (!unfolded.remove(nodeId)) {
      unfolded.add(nodeId);
    }
    refresh();
  }

  public void select(Selection newSelection) {
    selection.set(newSelection);
  }

  /** Selects the stage whose text holds {@code offset}, as the code pane's caret moves. */
  public void selectStageAt(int offset) {
    DiagramSnapshot s = currentSnapshot();
    if (s == null) {
      return;
    }
    Stage stage = s.graph().stageAt(offset);
    String id = stage == null ? null : DiagramBuilder.stageId(stage);
    if (!Objects.equals(id, stageOf(s, selection.get()))) {
      selection.set(id == null ? Selection.NONE : Selection.node(id, Selection.Origin.CODE));
    }
  }

  /** The stage a selection is in: the selected stage, or the stage an arrow points into. */
  private static String stageOf(DiagramSnapshot s, Selection sel) {
    if (sel.edgeIndex() >= 0 && sel.edgeIndex() < s.graph().edges().size()) {
      return DiagramBuilder.stageId(
          s.graph().stages().get(s.graph().edges().get(sel.edgeIndex()).to()));
    }
    return sel.nodeId();
  }

  /**
   * Chooses when results that arrive after their request are applied; at once unless set (see
   * {@link TypedTextFirst}).
   */
  public void setResultTiming(ResultTiming timing) {
    this.timing = timing;
  }

  private void documentChanged(Document changed, DocumentEdit edit, String before) {
    timing.edited();
    updateFlags();
    for (DocumentObserver o : observers) {
      tell(() -> o.changed(changed, edit, before));
    }
    refresh();
  }

  /**
   * Tells one observer; its failure goes to the thread's handler instead of keeping the others and
   * the canvas from hearing of a change the document has already made.
   */
  private static void tell(Runnable notification) {
    try {
      notification.run();
    } catch (RuntimeException e) {
      FailureHandler.report(e);
    }
  }

  private void updateFlags() {
    modified.set(positionsSaved ? document.isModified() : document.isTextModified());
    canUndo.set(document.canUndo());
    canRedo.set(document.canRedo());
  }

  /** Asks for the graph, highlighting and layout of the current revision, off this thread. */
  private void refresh() {
    catchingUp.set(true);
    requesting = true;
    try {
      pipeline.request(
          new DerivationPipeline.Request(
              document,
              document.revision(),
              document.text(),
              unfolded,
              pinned,
              namesOnly,
              references));
    } finally {
      requesting = false;
    }
  }

  /** Where the derivation pipeline's results arrive. */
  private final class Results implements DerivationPipeline.Sink {
    @Override
    public boolean isCurrent(DerivationPipeline.Request request) {
      return request.document() == document
          && request.revision() == document.revision()
          && request.unfolded().equals(unfolded)
          && request.namesOnly() == namesOnly
          && request.references().equals(references);
    }

    @Override
    public void parsed(DerivationPipeline.Parsed result) {
      whenTimed(result, () -> parsed.set(result));
    }

    @Override
    public void placed(DerivationPipeline.Parsed result) {
      whenTimed(result, () -> publish(result));
    }

    /** Applies a result as the timing says, unless the document has left its revision by then. */
    private void whenTimed(DerivationPipeline.Parsed result, Runnable apply) {
      if (requesting) {
        apply.run();
        return;
      }
      timing.apply(
          () -> {
            if (isCurrent(result.request())) {
              apply.run();
            }
          });
    }

    @Override
    public void failed(Throwable failure) {
      LOG.log(System.Logger.Level.ERROR, "could not derive the stage graph", failure);
    }
  }

  private void publish(DerivationPipeline.Parsed result) {
    DiagramSnapshot previous = snapshot.get();
    if (previous != null && previous.document() == document) {
      carryOverRenamedStages(previous.graph(), result.graph());
    }
    DiagramLayout layout =
        result.request().pinned().equals(pinned)
            ? result.layout()
            : DiagramArranger.arrange(result.content(), result.automatic(), pinned);
    snapshot.set(
        new DiagramSnapshot(
            document,
            result.request().revision(),
            result.graph(),
            result.content(),
            result.automatic(),
            layout,
            result.lint()));
    catchingUp.set(false);
  }

  private void rearrange() {
    DiagramSnapshot s = snapshot.get();
    if (s != null) {
      snapshot.set(
          new DiagramSnapshot(
              s.document(),
              s.revision(),
              s.graph(),
              s.content(),
              s.automatic(),
              DiagramArranger.arrange(s.content(), s.automatic(), pinned),
              s.lint()));
    }
  }

  /**
   * Keeps positions, folds and selection on a stage whose name changed in place: same index, old
   * name gone, new name not seen before.
   */
  private void carryOverRenamedStages(StageGraph before, StageGraph after) {
    Set<String> oldIds = ids(before);
    Set<String> newIds = ids(after);
    int common = Math.min(before.stages().size(), after.stages().size());
    List<String[]> renames = new ArrayList<>();
    for (int i = 0; i < common; i++) {
      String oldId = DiagramBuilder.stageId(before.stages().get(i));
      String newId = DiagramBuilder.stageId(after.stages().get(i));
      if (!oldId.equals(newId) && !newIds.contains(oldId) && !oldIds.contains(newId)) {
        renames.add(new String[] {oldId, newId});
        stageRenamed(before.stages().get(i).name(), after.stages().get(i).name());
      }
    }
    for (String[] r : renames) {
      Point p = pinned.remove(r[0]);
      if (p != null) {
        pinned.put(r[1], p);
      }
      if (unfolded.remove(r[0])) {
        unfolded.add(r[1]);
      }
      Selection sel = selection.get();
      if (r[0].equals(sel.nodeId())) {
        selection.set(new Selection(r[1], -1, sel.origin()));
      }
    }
  }

  /**
   * Tells {@code listener} of every stage renamed in place, by F2, typing or undo, with the old and
   * the new name; things that name stages, such as a variant's target, follow it.
   */
  public void addStageRenameListener(BiConsumer<String, String> listener) {
    renameListeners.add(listener);
  }

  private void stageRenamed(String oldName, String newName) {
    if (oldName != null && newName != null) {
      renameListeners.forEach(l -> l.accept(oldName, newName));
    }
  }

  private static Set<String> ids(StageGraph graph) {
    Set<String> ids = new HashSet<>();
    graph.stages().forEach(s -> ids.add(DiagramBuilder.stageId(s)));
    return ids;
  }
}
