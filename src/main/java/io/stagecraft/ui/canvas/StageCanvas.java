package io.stagecraft.ui.canvas;

import io.stagecraft.core.model.Edge;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.layout.BoxMetrics;
import io.stagecraft.layout.DiagramArranger;
import io.stagecraft.layout.DiagramLayout;
import io.stagecraft.layout.InstructionRow;
import io.stagecraft.layout.PlacedNode;
import io.stagecraft.layout.Point;
import io.stagecraft.layout.RoutedEdge;
import io.stagecraft.ui.ReferenceFixItems;
import io.stagecraft.ui.model.DiagramSnapshot;
import io.stagecraft.ui.model.EditorModel;
import io.stagecraft.ui.model.Selection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * The stage canvas: draws the current snapshot's layout and turns pointer and key gestures into
 * selection, view changes (zoom, pan, box positions) or {@link CanvasGestures} edits.
 */
public final class StageCanvas extends Region {
  private static final double DRAG_THRESHOLD = 4;

  /** From this many stages the canvas offers an overview, the names-only view and find. */
  static final int OVERVIEW_FROM = 20;

  /** The zoom at which a found stage's text can be read. */
  private static final double READABLE_SCALE = 0.8;

  /** Above this many boxes, boxes drop their shadows, which cost the most to paint. */
  private static final int DENSE_ABOVE = 24;

  private final EditorModel model;
  private final CanvasGestures gestures;
  private final Viewport viewport = new Viewport();
  private final Group world = new Group();
  private final Group edgeLayer = new Group();
  private final Group nodeLayer = new Group();
  private final Group overlay = new Group();
  private final Label status = new Label();
  private final Label emptyHint =
      new Label("No stages yet: type a FROM line in the code pane, or add a stage.");
  private final Minimap minimap = new Minimap(this::centreOn);
  private final CanvasTools tools;
  private final Map<String, NodeView> nodeViews = new LinkedHashMap<>();
  private final Map<Integer, EdgeView> edgeViews = new HashMap<>();
  private final HoverTips tips = new HoverTips(this);
  private final CanvasKeyboard keyboard =
      new CanvasKeyboard(() -> this.shown == null ? null : this.shown.layout());

  /** Gives the code pane the focus: where Enter on a box goes, its text selected. */
  private Runnable showCode = () -> {};

  /** Made on first use: a popup costs the first frame time it does not need to spend. */
  private ContextMenu contextMenu;

  private DiagramSnapshot shown;

  /** Whether the view follows the window's size, until the user zooms or pans. */
  private boolean autoFit = true;

  private double fittedWidth;
  private double fittedHeight;
  private String fittedLayout = "";
  private Point2D panFrom;

  public StageCanvas(EditorModel model, CanvasGestures gestures) {
    this.model = model;
    this.gestures = gestures;
    getStyleClass().add("stage-canvas");
    setFocusTraversable(true);
    Rectangle clip = new Rectangle();
    clip.widthProperty().bind(widthProperty());
    clip.heightProperty().bind(heightProperty());
    setClip(clip);
    world.getTransforms().add(viewport.transform());
    world.getChildren().addAll(edgeLayer, nodeLayer, keyboard.ring(), overlay);
    focusedProperty().addListener((obs, was, focused) -> keyboard.canvasFocused(focused));
    status.getStyleClass().add("canvas-status");
    status.setManaged(false);
    status.setMouseTransparent(true);
    status
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(model.snapshotProperty().isNull())
                .then("Laying out\u2026")
                .otherwise("Updating\u2026"));
    status.visibleProperty().bind(model.catchingUpProperty());
    emptyHint.getStyleClass().add("canvas-empty-hint");
    emptyHint.setManaged(false);
    emptyHint.setMouseTransparent(true);
    emptyHint.setVisible(false);
    tools = new CanvasTools(this::findNext, model::setNamesOnly);
    minimap.setManaged(false);
    minimap.setVisible(false);
    getChildren().addAll(world, status, emptyHint, minimap, tools);
    viewport.transform().txProperty().addListener(o -> frameMinimap());
    viewport.transform().tyProperty().addListener(o -> frameMinimap());
    viewport.transform().mxxProperty().addListener(o -> frameMinimap());
    viewport.transform().mxxProperty().addListener(o -> keyboard.zoomed(viewport.scale()));
    EdgeDashes.follow(this, viewport);
    model.snapshotProperty().addListener((obs, was, snapshot) -> show(snapshot));
    model.selectionProperty().addListener((obs, was, selection) -> markSelection(selection));
    // The keyboard carries on from what was clicked, or from the stage the caret is in.
    model
        .selectionProperty()
        .addListener(
            (obs, was, selection) -> {
              if (!selection.isEmpty()) {
                keyboard.focus(selection);
              }
            });
    model
        .snapshotProperty()
        .addListener(
            (obs, was, s) -> {
              if (s != null && (was == null || was.document() != s.document())) {
                autoFit = true;
                fittedWidth = -1;
              }
            });
    installBackgroundGestures();
  }

  @Override
  protected void layoutChildren() {
    status.autosize();
    status.relocate(getWidth() - status.getWidth() - 12, 10);
    emptyHint.autosize();
    emptyHint.relocate(
        (getWidth() - emptyHint.getWidth()) / 2, (getHeight() - emptyHint.getHeight()) / 2);
    tools.autosize();
    tools.relocate(10, 8);
    minimap.relocate(minimapBounds().x(), minimapBounds().y());
    if (autoFit && shown != null && getWidth() > 0 && !fittedTo(shown.layout())) {
      fit();
    }
    frameMinimap();
  }

  /** Shows the find field and puts the caret in it. */
  public void findStage() {
    tools.showFind();
  }

  /**
   * Selects the {@code skip}-th stage whose name holds {@code text} and brings it into view at a
   * readable size; false when there is none.
   */
  private boolean findNext(String text, int skip) {
    if (shown == null) {
      return false;
    }
    List<PlacedNode> found = StageFinder.matches(shown.layout(), text);
    if (found.isEmpty()) {
      return false;
    }
    PlacedNode n = found.get(Math.floorMod(skip, found.size()));
    model.select(Selection.node(n.node().id(), Selection.Origin.CANVAS));
    if (viewport.scale() < READABLE_SCALE) {
      zoom(READABLE_SCALE / viewport.scale(), new Point2D(getWidth() / 2, getHeight() / 2));
    }
    centreOn(new Point2D(n.x() + n.width() / 2, n.y() + n.height() / 2));
    return true;
  }

  private void centreOn(Point2D world) {
    autoFit = false;
    viewport.centreOn(world, getWidth(), getHeight());
  }

  private void frameMinimap() {
    if (minimap.isVisible() && getWidth() > 0) {
      minimap.showVisible(viewport.visible(getWidth(), getHeight()));
    }
  }

  /** Fits the whole drawing into the view, clear of the overview and the find tools. */
  public void fit() {
    DiagramLayout layout = shown == null ? DiagramLayout.EMPTY : shown.layout();
    List<io.stagecraft.layout.Rect> panels = new ArrayList<>();
    if (minimap.isVisible()) {
      panels.add(minimapBounds());
    }
    if (tools.isVisible()) {
      tools.autosize();
      panels.add(
          new io.stagecraft.layout.Rect(
              tools.getLayoutX(), tools.getLayoutY(), tools.getWidth(), tools.getHeight()));
    }
    viewport.fit(
        layout.bounds(), FitArea.clearOf(getWidth(), getHeight(), layout.bounds(), panels));
    autoFit = true;
    fittedWidth = getWidth();
    fittedHeight = getHeight();
    fittedLayout = layout.bounds().toString();
  }

  /** Where the overview sits: the bottom right corner. */
  private io.stagecraft.layout.Rect minimapBounds() {
    return new io.stagecraft.layout.Rect(
        getWidth() - Minimap.WIDTH - 12,
        getHeight() - Minimap.HEIGHT - 12,
        Minimap.WIDTH,
        Minimap.HEIGHT);
  }

  /** Whether the last fit was for this view size and this drawing size. */
  private boolean fittedTo(DiagramLayout layout) {
    return getWidth() == fittedWidth
        && getHeight() == fittedHeight
        && layout.bounds().toString().equals(fittedLayout);
  }

  public void zoomIn() {
    zoom(1.2, new Point2D(getWidth() / 2, getHeight() / 2));
  }

  public void zoomOut() {
    zoom(1 / 1.2, new Point2D(getWidth() / 2, getHeight() / 2));
  }

  private void zoom(double factor, Point2D pivot) {
    autoFit = false;
    viewport.zoom(factor, pivot);
  }

  private void pan(double dx, double dy) {
    autoFit = false;
    viewport.pan(dx, dy);
  }

  public double zoom() {
    return viewport.scale();
  }

  /** The view of a node, by id; for tests and exports. */
  public Node nodeView(String nodeId) {
    return nodeViews.get(nodeId);
  }

  /** The view of an arrow, by its index in the graph's edges. */
  public Node edgeView(int graphEdgeIndex) {
    return edgeViews.get(graphEdgeIndex);
  }

  /** The drawing without the view's zoom and pan, for exporting as an image. */
  public Group drawing() {
    return world;
  }

  /** Starts renaming the selected stage in place. */
  public void renameSelected() {
    NodeView view = nodeViews.get(model.selectionProperty().get().nodeId());
    if (view instanceof StageBoxView box) {
      startRename(box);
    }
  }

  /** Deletes the selected stage or arrow. */
  public void deleteSelected() {
    Selection sel = model.selectionProperty().get();
    if (sel.edgeIndex() >= 0) {
      gestures.deleteArrow(sel.edgeIndex());
    } else if (nodeViews.get(sel.nodeId()) instanceof StageBoxView box) {
      gestures.deleteStage(box.stageIndex());
    }
  }

  /**
   * Shows a snapshot, keeping the view of every box and arrow that looks as it did: typing changes
   * one box, and rebuilding only that one keeps the work per keystroke independent of the number of
   * stages.
   */
  private void show(DiagramSnapshot snapshot) {
    shown = snapshot;
    overlay.getChildren().clear();
    if (snapshot == null) {
      nodeViews.clear();
      edgeViews.clear();
      nodeLayer.getChildren().clear();
      edgeLayer.getChildren().clear();
      keyboard.drawingChanged();
      return;
    }
    Map<String, NodeView> previous = new HashMap<>(nodeViews);
    nodeViews.clear();
    List<NodeView> added = new ArrayList<>();
    for (PlacedNode placed : snapshot.layout().nodes()) {
      Supplier<String> diagnostics = () -> diagnosticsText(snapshot, placed);
      NodeView view = previous.get(placed.node().id());
      if (view != null && BoxLook.same(view.placed().node(), placed.node())) {
        previous.remove(placed.node().id());
        view.reuseFor(placed, diagnostics);
      } else if (view instanceof StageBoxView box && box.showInPlace(placed, diagnostics)) {
        previous.remove(placed.node().id());
      } else {
        view = placed.node().isStage() ? stageBox(placed, diagnostics) : imageBox(placed);
        installNodeGestures(view);
        added.add(view);
      }
      nodeViews.put(placed.node().id(), view);
    }
    retire(nodeLayer, previous.values(), added);
    drawEdges(snapshot.layout());
    boolean dense = snapshot.layout().nodes().size() > DENSE_ABOVE;
    if (dense != getStyleClass().contains("dense")) {
      // Changing a style class restyles the whole canvas: only when the density changes.
      if (dense) {
        getStyleClass().add("dense");
      } else {
        getStyleClass().remove("dense");
      }
    }
    // A few boxes with shadows pan as bitmaps instead of repainting borders, text and shadows.
    // A dense diagram draws no shadows, and a bitmap for each of a hundred boxes held 40 MB.
    nodeViews.values().forEach(view -> view.setCache(!dense));
    emptyHint.setVisible(snapshot.layout().nodes().isEmpty());
    boolean large = snapshot.graph().stages().size() >= OVERVIEW_FROM;
    minimap.setVisible(large);
    if (large) {
      minimap.show(snapshot.layout());
    }
    tools.offer(large, model.namesOnly());
    markSelection(model.selectionProperty().get());
    keyboard.drawingChanged();
    requestLayout();
  }

  /**
   * Takes views that are no longer shown, or were replaced, off a layer and puts new ones on it.
   */
  private static void retire(
      Group layer, Collection<? extends Node> gone, List<? extends Node> added) {
    if (!gone.isEmpty()) {
      layer.getChildren().removeAll(new HashSet<>(gone));
    }
    layer.getChildren().addAll(added);
  }

  /** The diagnostics of a stage, one a line, or an empty text. */
  private static String diagnosticsText(DiagramSnapshot snapshot, PlacedNode placed) {
    if (!placed.node().isStage() || placed.node().diagnostics() == 0) {
      return "";
    }
    Stage stage = snapshot.graph().stages().get(placed.node().stageIndex());
    Stream<String> syntax =
        snapshot.graph().diagnosticsIn(stage.range()).stream()
            .map(d -> "Line " + d.line() + ": " + d.message());
    Stream<String> lint =
        snapshot.lint().problems().stream()
            .filter(p -> stage.range().start() <= p.range().start())
            .filter(p -> p.range().start() < stage.range().end())
            .map(p -> "Line " + p.line() + ": " + p.ruleId() + " " + p.message());
    return Stream.concat(syntax, lint).collect(Collectors.joining("\n"));
  }

  /** An external image; its menu offers the fixes of a reference that meant a stage. */
  private ImageNodeView imageBox(PlacedNode placed) {
    ImageNodeView image = new ImageNodeView(placed);
    image.setOnContextMenuRequested(
        e -> {
          showMenu(e.getScreenX(), e.getScreenY(), imageMenu(image));
          e.consume();
        });
    return image;
  }

  private StageBoxView stageBox(PlacedNode placed, Supplier<String> diagnostics) {
    StageBoxView box = new StageBoxView(placed, diagnostics);
    installStageGestures(box);
    return box;
  }

  /** Draws the arrows, keeping the view of every arrow whose route did not change. */
  private void drawEdges(DiagramLayout layout) {
    Map<Integer, EdgeView> previous = new HashMap<>(edgeViews);
    edgeViews.clear();
    List<EdgeView> added = new ArrayList<>();
    for (RoutedEdge routed : layout.edges()) {
      int index = routed.edge().graphEdgeIndex();
      EdgeView view = previous.get(index);
      if (view != null && (view.draws(routed) || view.showInPlace(routed))) {
        previous.remove(index);
        view.describe(describe(routed));
      } else {
        view = edgeView(routed);
        added.add(view);
      }
      edgeViews.put(index, view);
    }
    retire(edgeLayer, previous.values(), added);
  }

  private EdgeView edgeView(RoutedEdge routed) {
    EdgeView view = new EdgeView(routed, describe(routed));
    view.setOnMousePressed(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.SECONDARY) {
            model.select(Selection.edge(view.graphEdgeIndex()));
            requestFocus();
            e.consume();
          }
        });
    view.setOnMouseClicked(javafx.event.Event::consume);
    view.setOnContextMenuRequested(
        e -> {
          showMenu(e.getScreenX(), e.getScreenY(), edgeMenu(view.graphEdgeIndex()));
          e.consume();
        });
    Selection sel = model.selectionProperty().get();
    view.setSelected(sel.edgeIndex() == routed.edge().graphEdgeIndex());
    return view;
  }

  /** The arrow's line and instruction, made from the graph shown now when the tip shows. */
  private Supplier<String> describe(RoutedEdge routed) {
    StageGraph graph = shown.graph();
    return () -> {
      Edge edge = graph.edges().get(routed.edge().graphEdgeIndex());
      return "Line "
          + edge.line()
          + ": "
          + edge.instruction().range().of(graph.dockerfile().text()).strip();
    };
  }

  private void markSelection(Selection selection) {
    nodeViews.forEach((id, view) -> view.setSelected(id.equals(selection.nodeId())));
    edgeViews.forEach((index, view) -> view.setSelected(index == selection.edgeIndex()));
  }

  private void installBackgroundGestures() {
    addEventHandler(
        ScrollEvent.SCROLL,
        e -> {
          if (e.getDeltaY() != 0) {
            zoom(Math.pow(1.0015, e.getDeltaY()), new Point2D(e.getX(), e.getY()));
          }
          e.consume();
        });
    setOnMousePressed(
        e -> {
          requestFocus();
          if (e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.MIDDLE) {
            panFrom = new Point2D(e.getX(), e.getY());
          }
        });
    setOnMouseDragged(
        e -> {
          if (panFrom != null) {
            pan(e.getX() - panFrom.getX(), e.getY() - panFrom.getY());
            panFrom = new Point2D(e.getX(), e.getY());
          }
        });
    setOnMouseReleased(e -> panFrom = null);
    setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
            model.select(Selection.NONE);
          }
        });
    setOnKeyPressed(
        e -> {
          // Keys typed into the rename field are the field's.
          if (e.getTarget() == this && key(e)) {
            e.consume();
          }
        });
  }

  /**
   * The canvas's keys: zoom and fit; Tab, Shift+Tab and the arrows move the keyboard between boxes
   * and arrows, Shift+arrows pan, Alt+arrows move the box; Enter, F2, Delete and the menu key (or
   * Shift+F10) act on the box or arrow the keyboard is on. True when the key was used.
   */
  private boolean key(KeyEvent e) {
    switch (e.getCode()) {
      case PLUS, EQUALS, ADD -> zoomIn();
      case MINUS, SUBTRACT -> zoomOut();
      case DIGIT0, NUMPAD0 -> fit();
      case LEFT -> arrowKey(e, CanvasKeyboard.Direction.LEFT);
      case RIGHT -> arrowKey(e, CanvasKeyboard.Direction.RIGHT);
      case UP -> arrowKey(e, CanvasKeyboard.Direction.UP);
      case DOWN -> arrowKey(e, CanvasKeyboard.Direction.DOWN);
      case TAB -> {
        if (e.isShortcutDown() || e.isAltDown()) {
          return false;
        }
        keyboard.step(e.isShiftDown() ? -1 : 1);
        bringKeyboardIntoView();
      }
      case ENTER -> showFocusedCode();
      case DELETE, BACK_SPACE -> {
        selectFocused();
        deleteSelected();
      }
      case F2 -> {
        selectFocused();
        renameSelected();
      }
      case CONTEXT_MENU -> showFocusedMenu();
      case F10 -> {
        if (!e.isShiftDown()) {
          return false;
        }
        showFocusedMenu();
      }
      case F -> {
        if (!e.isShortcutDown()) {
          return false;
        }
        findStage();
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /** How far Alt+arrow moves a box, and Shift+arrow pans the view. */
  private static final double KEY_STEP = 40;

  private void arrowKey(KeyEvent e, CanvasKeyboard.Direction d) {
    if (e.isShiftDown()) {
      pan(-d.dx * KEY_STEP, -d.dy * KEY_STEP);
    } else if (e.isAltDown()) {
      moveFocusedBox(d);
    } else {
      keyboard.go(d);
      bringKeyboardIntoView();
    }
  }

  /** Moves the box the keyboard is on one step, as dragging it there would: one undoable step. */
  private void moveFocusedBox(CanvasKeyboard.Direction d) {
    CanvasKeyboard.Item item = keyboard.current();
    if (item == null || item.nodeId() == null) {
      return;
    }
    Point to = new Point(item.bounds().x() + d.dx * KEY_STEP, item.bounds().y() + d.dy * KEY_STEP);
    model.pin(item.nodeId(), DiagramArranger.dropPosition(shown.layout(), item.nodeId(), to));
    bringKeyboardIntoView();
  }

  /** The box or arrow the keyboard is on; for tests. */
  public Selection keyboardFocus() {
    return keyboard.focused();
  }

  /** Where Enter on a box takes the focus: the code pane, which shows the box's text selected. */
  public void setShowCode(Runnable showCode) {
    this.showCode = showCode;
  }

  private void selectFocused() {
    if (keyboard.current() != null) {
      model.select(keyboard.focused());
    }
  }

  /** Selects the box or arrow the keyboard is on and goes to its text in the code pane. */
  private void showFocusedCode() {
    if (keyboard.current() != null) {
      model.select(keyboard.focused());
      showCode.run();
    }
  }

  /** Opens the menu of the box or arrow the keyboard is on, beside it. */
  private void showFocusedMenu() {
    CanvasKeyboard.Item item = keyboard.current();
    if (item == null) {
      return;
    }
    selectFocused();
    List<MenuItem> items;
    if (item.edgeIndex() >= 0) {
      items = edgeMenu(item.edgeIndex());
    } else if (nodeViews.get(item.nodeId()) instanceof StageBoxView box) {
      items = stageMenu(box);
    } else {
      items = imageMenu(nodeViews.get(item.nodeId()));
    }
    Point2D at =
        world.localToScreen(
            item.bounds().x() + Math.min(24, item.bounds().width() / 2),
            item.bounds().y() + Math.min(BoxMetrics.HEADER_HEIGHT, item.bounds().height()));
    if (at != null) {
      showMenu(at.getX(), at.getY(), items);
    }
  }

  /** Pans just enough to show the box or arrow the keyboard is on, when it is out of view. */
  private void bringKeyboardIntoView() {
    CanvasKeyboard.Item item = keyboard.current();
    if (item == null || getWidth() <= 0) {
      return;
    }
    io.stagecraft.layout.Rect visible = viewport.visible(getWidth(), getHeight());
    io.stagecraft.layout.Rect b = item.bounds();
    if (b.x() < visible.x()
        || b.y() < visible.y()
        || b.maxX() > visible.maxX()
        || b.maxY() > visible.maxY()) {
      centreOn(new Point2D(b.centre().x(), b.centre().y()));
    }
  }

  /** Pressing selects; dragging moves the box, and the user's position is kept. */
  private void installNodeGestures(NodeView view) {
    double[] pressAt = new double[2];
    boolean[] dragging = {false};
    view.setOnMousePressed(
        e -> {
          requestFocus();
          if (e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.SECONDARY) {
            model.select(Selection.node(view.nodeId(), Selection.Origin.CANVAS));
          }
          Point2D p = viewport.toWorld(localX(e), localY(e));
          pressAt[0] = p.getX();
          pressAt[1] = p.getY();
          dragging[0] = false;
          e.consume();
        });
    view.setOnMouseDragged(
        e -> {
          if (e.getButton() != MouseButton.PRIMARY) {
            return;
          }
          Point2D p = viewport.toWorld(localX(e), localY(e));
          double dx = p.getX() - pressAt[0];
          double dy = p.getY() - pressAt[1];
          if (!dragging[0] && Math.hypot(dx, dy) * viewport.scale() < DRAG_THRESHOLD) {
            return;
          }
          if (!dragging[0]) {
            view.toFront(); // a dragged box passes over the others, never under them
          }
          dragging[0] = true;
          view.relocate(view.placed().x() + dx, view.placed().y() + dy);
          rerouteWhileDragging(view);
          e.consume();
        });
    view.setOnMouseReleased(
        e -> {
          if (dragging[0]) {
            dragging[0] = false;
            Point dropped = new Point(view.getLayoutX(), view.getLayoutY());
            model.pin(
                view.nodeId(),
                DiagramArranger.dropPosition(shown.layout(), view.nodeId(), dropped));
          }
          e.consume();
        });
    view.setOnMouseClicked(javafx.event.Event::consume);
  }

  /**
   * Re-routes the arrows to a box being dragged, without touching the model until it is dropped.
   */
  private void rerouteWhileDragging(NodeView dragged) {
    Map<String, Point> pins = new HashMap<>(model.pinnedPositions());
    pins.put(dragged.nodeId(), new Point(dragged.getLayoutX(), dragged.getLayoutY()));
    drawEdges(DiagramArranger.arrange(shown.content(), shown.automatic(), pins));
  }

  private void installStageGestures(StageBoxView box) {
    box.title()
        .setOnMouseClicked(
            e -> {
              if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                startRename(box);
                e.consume();
              }
            });
    box.setOnContextMenuRequested(
        e -> {
          showMenu(e.getScreenX(), e.getScreenY(), stageMenu(box));
          e.consume();
        });
    if (box.foldToggle() != null) {
      box.foldToggle()
          .setOnMouseClicked(
              e -> {
                model.toggleFold(box.nodeId());
                e.consume();
              });
    }
    installArrowDrawing(box);
    for (var row : box.rows()) {
      installInstructionDrag(box, row);
    }
  }

  /** A stage box's menu: the quick fixes of its bad references first, then its commands. */
  private List<MenuItem> stageMenu(StageBoxView box) {
    MenuItem rename = new MenuItem("Rename stage\u2026");
    rename.setOnAction(a -> startRename(box));
    MenuItem delete = new MenuItem("Delete stage");
    delete.setOnAction(a -> gestures.deleteStage(box.stageIndex()));
    MenuItem fold =
        new MenuItem(
            box.placed().node().hiddenRows() > 0 ? "Show all instructions" : "Fold instructions");
    fold.setDisable(!box.placed().node().collapsible());
    fold.setOnAction(a -> model.toggleFold(box.nodeId()));
    MenuItem slim = new MenuItem("Slim it\u2026");
    slim.setOnAction(a -> gestures.slim());
    // The one-click split works on the final stage, the image that ships.
    slim.setDisable(box.placed().node().stageIndex() != lastStageIndex());
    Stage stage = shown.graph().stages().get(box.stageIndex());
    List<MenuItem> items =
        new ArrayList<>(
            ReferenceFixItems.between(
                shown.graph(), stage.range().start(), stage.range().end(), model::apply));
    if (!items.isEmpty()) {
      items.add(new SeparatorMenuItem());
    }
    items.addAll(List.of(rename, fold, slim, new SeparatorMenuItem(), delete));
    return items;
  }

  /** An arrow's menu: the quick fixes of its reference, and Delete. */
  private List<MenuItem> edgeMenu(int edgeIndex) {
    Edge edge = shown.graph().edges().get(edgeIndex);
    List<MenuItem> items = new ArrayList<>(referenceFixes(List.of(edge)));
    if (!items.isEmpty()) {
      items.add(new SeparatorMenuItem());
    }
    MenuItem delete = new MenuItem("Delete arrow");
    delete.setOnAction(a -> gestures.deleteArrow(edgeIndex));
    items.add(delete);
    return items;
  }

  /**
   * An external image's menu: the quick fixes of the references that name it, such as a {@code
   * --from} that was meant to name a stage; empty when there are none.
   */
  private List<MenuItem> imageMenu(NodeView image) {
    List<Edge> naming = new ArrayList<>();
    for (RoutedEdge routed : shown.layout().edges()) {
      if (routed.edge().fromId().equals(image.nodeId())) {
        naming.add(shown.graph().edges().get(routed.edge().graphEdgeIndex()));
      }
    }
    return referenceFixes(naming);
  }

  private List<MenuItem> referenceFixes(List<Edge> edges) {
    List<MenuItem> items = new ArrayList<>();
    for (Edge edge : edges) {
      if (edge.referenceRange() != null) {
        items.addAll(
            ReferenceFixItems.between(
                shown.graph(),
                edge.referenceRange().start(),
                edge.referenceRange().end(),
                model::apply));
      }
    }
    return items;
  }

  private int lastStageIndex() {
    return shown == null ? -1 : shown.graph().stages().size() - 1;
  }

  private void showMenu(double screenX, double screenY, MenuItem... items) {
    showMenu(screenX, screenY, List.of(items));
  }

  private void showMenu(double screenX, double screenY, List<MenuItem> items) {
    if (items.isEmpty()) {
      return;
    }
    if (contextMenu == null) {
      contextMenu = new ContextMenu();
    }
    contextMenu.hide();
    contextMenu.getItems().setAll(items);
    contextMenu.show(this, screenX, screenY);
  }

  /**
   * Dragging from a box's handle onto another box asks to copy files from the first into the
   * second.
   */
  private void installArrowDrawing(StageBoxView box) {
    Line rubberBand = new Line();
    rubberBand.getStyleClass().add("rubber-band");
    rubberBand.setMouseTransparent(true);
    box.connector()
        .setOnMousePressed(
            e -> {
              Point2D start =
                  new Point2D(
                      box.placed().x() + box.placed().width(),
                      box.placed().y() + BoxMetrics.HEADER_HEIGHT / 2);
              rubberBand.setStartX(start.getX());
              rubberBand.setStartY(start.getY());
              rubberBand.setEndX(start.getX());
              rubberBand.setEndY(start.getY());
              overlay.getChildren().setAll(rubberBand);
              e.consume();
            });
    box.connector()
        .setOnMouseDragged(
            e -> {
              Point2D p = viewport.toWorld(localX(e), localY(e));
              rubberBand.setEndX(p.getX());
              rubberBand.setEndY(p.getY());
              highlightDropTarget(stageBoxAt(p));
              e.consume();
            });
    box.connector()
        .setOnMouseReleased(
            e -> {
              overlay.getChildren().clear();
              highlightDropTarget(null);
              StageBoxView target = stageBoxAt(viewport.toWorld(localX(e), localY(e)));
              if (target != null && target != box) {
                gestures.drawCopyArrow(box.stageIndex(), target.stageIndex());
              }
              e.consume();
            });
  }

  /**
   * Dragging an instruction row onto a box moves the instruction there, before the row it is
   * dropped on.
   */
  private void installInstructionDrag(StageBoxView box, javafx.scene.layout.HBox row) {
    // The row's instruction is read when it is dragged: a box shows new text in the same rows.
    Supplier<InstructionRow> instruction = () -> (InstructionRow) row.getUserData();
    Label ghost = new Label();
    ghost.getStyleClass().add("instruction-ghost");
    ghost.setMouseTransparent(true);
    boolean[] dragging = {false};
    row.setOnMousePressed(
        e -> {
          requestFocus();
          model.select(Selection.node(box.nodeId(), Selection.Origin.CANVAS));
          dragging[0] = false;
          e.consume();
        });
    row.setOnMouseDragged(
        e -> {
          Point2D p = viewport.toWorld(localX(e), localY(e));
          if (!dragging[0]) {
            dragging[0] = true;
            ghost.setText(instruction.get().keyword() + " " + instruction.get().argument());
            overlay.getChildren().setAll(ghost);
          }
          ghost.relocate(p.getX() + 8, p.getY() - 8);
          highlightDropTarget(stageBoxAt(p));
          e.consume();
        });
    row.setOnContextMenuRequested(
        e -> {
          MenuItem split = new MenuItem("Split stage here\u2026");
          int position = instruction.get().position();
          split.setDisable(position < 2);
          split.setOnAction(a -> gestures.splitStage(box.stageIndex(), position));
          showMenu(e.getScreenX(), e.getScreenY(), split);
          e.consume();
        });
    row.setOnMouseReleased(
        e -> {
          overlay.getChildren().clear();
          highlightDropTarget(null);
          if (!dragging[0]) {
            return;
          }
          dragging[0] = false;
          Point2D p = viewport.toWorld(localX(e), localY(e));
          StageBoxView target = stageBoxAt(p);
          if (target != null) {
            int before = rowPositionAt(target, p.getY());
            int position = instruction.get().position();
            if (target != box || (before != position && before != position + 1)) {
              gestures.moveInstruction(box.stageIndex(), position, target.stageIndex(), before);
            }
          }
          e.consume();
        });
  }

  /** The position of the instruction row at a height within a box, or -1 below the last row. */
  private static int rowPositionAt(StageBoxView box, double worldY) {
    double y = worldY - box.placed().y() - BoxMetrics.HEADER_HEIGHT - BoxMetrics.BASE_HEIGHT;
    if (y < 0) {
      return 1;
    }
    int row = (int) (y / BoxMetrics.ROW_HEIGHT);
    var rows = box.placed().node().rows();
    return row < rows.size() ? rows.get(row).position() : -1;
  }

  private void highlightDropTarget(StageBoxView target) {
    nodeViews
        .values()
        .forEach(
            v ->
                v.pseudoClassStateChanged(
                    javafx.css.PseudoClass.getPseudoClass("drop-target"), v == target));
  }

  private StageBoxView stageBoxAt(Point2D world) {
    StageBoxView found = null;
    for (NodeView v : nodeViews.values()) {
      if (v instanceof StageBoxView box && v.getBoundsInParent().contains(world)) {
        found = box;
      }
    }
    return found;
  }

  private void startRename(StageBoxView box) {
    TextField field =
        new TextField(
            box.placed().node().stageIndex() >= 0 && shownName(box) != null ? shownName(box) : "");
    field.getStyleClass().add("rename-field");
    field.resizeRelocate(
        box.placed().x() + 4,
        box.placed().y() + 3,
        box.placed().width() - 8,
        BoxMetrics.HEADER_HEIGHT - 6);
    overlay.getChildren().setAll(field);
    boolean[] done = {false};
    Runnable finish =
        () -> {
          if (!done[0]) {
            done[0] = true;
            overlay.getChildren().remove(field);
            requestFocus();
          }
        };
    field.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            String name = field.getText().strip();
            finish.run();
            if (!name.isEmpty() && !name.equals(shownName(box))) {
              gestures.renameStage(box.stageIndex(), name);
            }
            e.consume();
          } else if (e.getCode() == KeyCode.ESCAPE) {
            finish.run();
            e.consume();
          }
        });
    field
        .focusedProperty()
        .addListener(
            (obs, was, focused) -> {
              if (!focused) {
                finish.run();
              }
            });
    field.requestFocus();
    field.selectAll();
  }

  private String shownName(StageBoxView box) {
    return shown.graph().stages().get(box.stageIndex()).name();
  }

  private double localX(MouseEvent e) {
    return sceneToLocal(e.getSceneX(), e.getSceneY()).getX();
  }

  private double localY(MouseEvent e) {
    return sceneToLocal(e.getSceneX(), e.getSceneY()).getY();
  }
}
