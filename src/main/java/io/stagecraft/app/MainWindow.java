package io.stagecraft.app;

import io.stagecraft.core.io.StagecraftVersion;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.engine.ShellCheckProcess;
import io.stagecraft.ui.Icon;
import io.stagecraft.ui.Plural;
import io.stagecraft.ui.Theme;
import io.stagecraft.ui.WholeRepaint;
import io.stagecraft.ui.canvas.DiagramImage;
import io.stagecraft.ui.canvas.StageCanvas;
import io.stagecraft.ui.code.CodeAssist;
import io.stagecraft.ui.code.CodePane;
import io.stagecraft.ui.code.CodePreview;
import io.stagecraft.ui.code.StageOutlineBar;
import io.stagecraft.ui.concurrent.BackgroundWork;
import io.stagecraft.ui.dialog.Prompts;
import io.stagecraft.ui.lint.ProblemsPanel;
import io.stagecraft.ui.model.EditorModel;
import io.stagecraft.ui.split.SplitActions;
import io.stagecraft.ui.split.SplitDialog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * The main window: menus and toolbar on top, the stage canvas and the code pane side by side, room
 * for the build panel below them, and a status bar.
 */
public final class MainWindow {
  private final Stage stage;
  private final EditorModel model;
  private final EditorActions actions;
  private final FileActions files;
  private final SplitActions splits;
  private final StageCanvas canvas;

  /**
   * Made by {@link #codePane()}, at once or, for a faster first frame, once the window is painted.
   */
  private CodePane codePane;

  private CodeAssist codeAssist;
  private DesktopLint lint;
  private Label statusHint;
  private final BackgroundWork background;

  private final StackPane codeSlot = new StackPane();

  /** The engine's images, for completion after FROM; listed in the background when asked. */
  private io.stagecraft.engine.LocalImageTags localImages;

  /** Where the outline of the stages goes in the code's header, once the code pane is made. */
  private final StackPane codeHeaderSlot = new StackPane();

  private final StackPane problemsSlot = new StackPane();
  private SplitPane codeAndProblems;
  private final BuildPanelDock buildPanelDock = BuildPanelDock.forUser();
  private final Label caret = new Label();
  private final BorderPane root = new BorderPane();
  private final BorderPane workArea = new BorderPane();
  private SplitPane editors;
  private final Prompts prompts;
  private final Menu recentMenu = new Menu("Open _Recent");
  private Theme theme;
  private final CheckMenuItem darkItem = new CheckMenuItem("_Dark Theme");
  private final Menu fileMenu = new Menu("_File");
  private final Menu editMenu = new Menu("_Edit");
  private final Menu stageMenu = new Menu("_Stage");
  private final Menu codeMenu = new Menu("_Code");
  private final Menu viewMenu = new Menu("_View");
  private final Menu helpMenu = new Menu("_Help");
  private final MenuBar menuBar = menuBar();
  private final MenuButton exportButton = new MenuButton("Export", Icon.EXPORT_VARIANT.node());

  /** The toolbar's tooltips, until {@link #complete()} sets them. */
  private final Map<Control, String> toolTips = new LinkedHashMap<>();

  private boolean completing;
  private final ReadOnlyBooleanWrapper completed = new ReadOnlyBooleanWrapper();

  public MainWindow(Stage stage, BackgroundWork background, Prompts prompts, RecentFiles recent) {
    this(stage, background, prompts, recent, false);
  }

  /**
   * A window that, with {@code leanFirstFrame}, makes only what its first frame shows; {@link
   * #complete()} makes the rest. Until then a read-only {@link CodePreview} shows the document's
   * text where the code pane (RichTextFX, the largest part of a cold start) will be, the menus have
   * their titles but not yet their items, and the toolbar's buttons have no tooltips. The desktop
   * app completes the window as soon as its first frame is on the screen, before any input reaches
   * it.
   */
  public MainWindow(
      Stage stage,
      BackgroundWork background,
      Prompts prompts,
      RecentFiles recent,
      boolean leanFirstFrame) {
    // The theme is installed before the field initializers make the first control.
    this(Theme.initial().install(), stage, background, prompts, recent, leanFirstFrame);
  }

  private MainWindow(
      Theme theme,
      Stage stage,
      BackgroundWork background,
      Prompts prompts,
      RecentFiles recent,
      boolean leanFirstFrame) {
    this.theme = theme;
    this.background = background;
    theme.mark(root);
    this.stage = stage;
    this.prompts = prompts;
    this.model = new EditorModel(background);
    // A keystroke's text is laid out before the results of earlier revisions (ADR 16).
    model.setResultTiming(new io.stagecraft.ui.model.TypedTextFirst());
    this.files = new FileActions(model, prompts, recent);
    this.splits = new SplitActions(model, prompts, files::recordOriginal, background.anotherLane());
    splits.setContextLocator(files::contextLocator);
    this.actions = new EditorActions(model, prompts, splits);
    this.canvas =
        new StageCanvas(model, new ReadOnlyGestures(actions, files::isReadOnly, this::showNotice));
    canvas.setShowCode(() -> codePane().area().requestFocus());
    root.getStyleClass().add("stagecraft");
    root.setTop(new VBox(menuBar, toolBar()));
    root.setCenter(workArea());
    root.setBottom(statusBar());
    Scene scene = new Scene(root, 1280, 800);
    scene.getStylesheets().add(Theme.STYLESHEET);
    stage.setScene(scene);
    new PaneCycle(
            List.of(
                () -> canvas,
                () -> codePane,
                () ->
                    workSplit() == null
                        ? null
                        : workSplit().getItems().get(1).lookup("#build-both")))
        .install(scene);
    stage.setMinWidth(900);
    stage.setMinHeight(560);
    stage
        .titleProperty()
        .bind(
            Bindings.createStringBinding(
                this::title,
                files.openFileProperty(),
                model.modifiedProperty(),
                files.readOnlyProperty()));
    workArea.setTop(new FileNotice(files.noticeProperty()));
    // Another program may have changed or removed the file while the user was away.
    stage
        .focusedProperty()
        .addListener((obs, was, focused) -> Platform.runLater(() -> checkDiskIf(focused)));
    stage.setOnCloseRequest(
        e -> {
          if (!files.confirmDiscard()) {
            e.consume();
          }
        });
    if (leanFirstFrame) {
      codeSlot.getChildren().add(new CodePreview(model));
    } else {
      complete();
    }
  }

  private void checkDiskIf(boolean focused) {
    if (focused && stage.isFocused()) {
      files.checkDisk();
      if (lint != null) {
        lint.recheck();
      }
    }
  }

  /**
   * Makes what a lean first frame left out: the code pane in place of the preview, the menus' items
   * with their shortcuts, the toolbar's tooltips, the split's review dialog and the window's icon.
   * Later calls do nothing.
   */
  public void complete() {
    if (completing) {
      return;
    }
    completing = true;
    codePane();
    fillMenus();
    toolTips.forEach((control, text) -> control.setTooltip(new Tooltip(text)));
    toolTips.clear();
    exportButton.getItems().setAll(exportItems());
    splits.setReviewer(new SplitDialog(() -> stage, splits::canVerify));
    stage
        .getIcons()
        .add(new javafx.scene.image.Image(MainWindow.class.getResourceAsStream("stagecraft.png")));
    completed.set(true);
  }

  /** Whether {@link #complete()} has made the code pane, the menus' items and the rest. */
  public boolean isCompleted() {
    return completed.get();
  }

  public ReadOnlyBooleanProperty completedProperty() {
    return completed.getReadOnlyProperty();
  }

  public EditorModel model() {
    return model;
  }

  public FileActions files() {
    return files;
  }

  public SplitActions splits() {
    return splits;
  }

  public EditorActions actions() {
    return actions;
  }

  public StageCanvas canvas() {
    return canvas;
  }

  /**
   * The code pane; on the JavaFX thread, the first call makes it if the window was made without it.
   */
  public CodePane codePane() {
    if (codePane == null) {
      codePane = new CodePane(model);
      Runnable showCaret =
          () ->
              caret.setText(
                  "Ln "
                      + (codePane.area().getCurrentParagraph() + 1)
                      + ", Col "
                      + (codePane.area().getCaretColumn() + 1));
      codePane.area().caretPositionProperty().addListener((obs, was, pos) -> showCaret.run());
      showCaret.run();
      if (!codeSlot.getChildren().isEmpty()
          && codeSlot.getChildren().get(0) instanceof CodePreview preview) {
        preview.dispose();
      }
      codePane.area().editableProperty().bind(files.readOnlyProperty().not());
      codePane.setContextMenu(codeMenu());
      codeAssist = new CodeAssist(codePane, model, prompts::askText, this::showNotice);
      localImages = new io.stagecraft.engine.LocalImageTags();
      codeAssist.setLocalImages(localImages);
      VBox code = new VBox(codeAssist.findBar(), codePane);
      VBox.setVgrow(codePane, Priority.ALWAYS);
      codeSlot.getChildren().setAll(code);
      codeHeaderSlot.getChildren().setAll(new StageOutlineBar(codePane.area(), model));
      lint =
          new DesktopLint(
              model, codePane, files, splits::slim, background, ShellCheckProcess.linter());
      problemsSlot.getChildren().setAll(lint.panel());
      ProblemsPanel panel = lint.panel();
      WholeRepaint.onChange(
          problemsSlot,
          panel.table().getItems(),
          panel.severityFilter().valueProperty(),
          panel.ruleFilter().valueProperty());
    }
    return codePane;
  }

  /** Lint's quick fixes and Problems panel; made with the code pane. */
  DesktopLint lint() {
    codePane();
    return lint;
  }

  /** Shows or hides the Problems panel below the code pane. */
  public void toggleProblems() {
    if (codeAndProblems.getItems().remove(problemsSlot)) {
      return;
    }
    codeAndProblems.getItems().add(problemsSlot);
    codeAndProblems.setDividerPositions(0.7);
  }

  /** The code pane's language features; made with the code pane. */
  public CodeAssist codeAssist() {
    codePane();
    return codeAssist;
  }

  /** Shows a short message in the status bar, where the gesture hint stands otherwise. */
  public void showNotice(String message) {
    if (statusHint != null) {
      statusHint.setText(message);
    }
  }

  public Stage stage() {
    return stage;
  }

  public Prompts prompts() {
    return prompts;
  }

  /**
   * Puts the build panel below the canvas and the code pane, with a divider the user can drag; a
   * second call replaces the panel and keeps the divider where it is.
   */
  public void setBuildPanel(Node panel) {
    SplitPane.setResizableWithParent(panel, false);
    if (workArea.getCenter() instanceof SplitPane vertical && vertical != editors) {
      double[] dividers = vertical.getDividerPositions();
      vertical.getItems().set(1, panel);
      vertical.setDividerPositions(dividers);
      return;
    }
    SplitPane vertical = new SplitPane(editors, panel);
    vertical.setOrientation(Orientation.VERTICAL);
    vertical.setDividerPositions(buildPanelDock.expandedByUser() ? 0.55 : 1);
    workArea.setCenter(vertical);
  }

  /** The split of the editors (above) and the build panel (below), once there is a panel. */
  public SplitPane workSplit() {
    return workArea.getCenter() instanceof SplitPane vertical && vertical != editors
        ? vertical
        : null;
  }

  /** Folds and unfolds the build panel and remembers how the user left it. */
  public BuildPanelDock buildPanelDock() {
    return buildPanelDock;
  }

  public void setTheme(Theme newTheme) {
    theme = newTheme;
    theme.apply(root);
    darkItem.setSelected(theme == Theme.DARK);
  }

  private String title() {
    OpenFile file = files.openFile();
    return "Stagecraft \u2014 "
        + file.name()
        + (files.isReadOnly() ? " (read-only)" : "")
        + (model.modifiedProperty().get() ? " *" : "");
  }

  private Node workArea() {
    HBox legend = legend();
    VBox canvasSide = new VBox(paneHeader("STAGES", legend), canvas);
    CompactWindow.legendWhenRoomy(canvasSide, legend);
    VBox.setVgrow(canvas, Priority.ALWAYS);
    codeAndProblems = new SplitPane(codeSlot, problemsSlot);
    codeAndProblems.setOrientation(Orientation.VERTICAL);
    codeAndProblems.setDividerPositions(0.7);
    SplitPane.setResizableWithParent(problemsSlot, false);
    VBox codeSide = new VBox(paneHeader("DOCKERFILE", codeHeaderSlot), codeAndProblems);
    VBox.setVgrow(codeAndProblems, Priority.ALWAYS);
    SplitPane split = new SplitPane(canvasSide, codeSide);
    split.setDividerPositions(0.57);
    codeSide.setMinWidth(320);
    canvasSide.setMinWidth(360);
    editors = split;
    workArea.setCenter(split);
    return workArea;
  }

  private static HBox paneHeader(String title, Node trailing) {
    Label label = new Label(title);
    label.getStyleClass().add("pane-title");
    label.setMinWidth(Region.USE_PREF_SIZE);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(label, spacer, trailing);
    header.setAlignment(Pos.CENTER_LEFT);
    header.getStyleClass().add("pane-header");
    header.setPadding(new Insets(0, 10, 0, 0));
    return header;
  }

  private static HBox legend() {
    HBox legend =
        new HBox(
            12,
            legendItem("role-final", "runtime (target)"),
            legendItem("role-builder", "builder"),
            legendItem("role-unused", "unused"),
            legendItem("role-external", "external image"),
            new Label("\u2014 FROM   - - COPY   \u00B7\u00B7\u00B7 mount"));
    legend.getChildren().get(4).getStyleClass().add("legend-item");
    legend.setAlignment(Pos.CENTER_LEFT);
    return legend;
  }

  private static HBox legendItem(String role, String text) {
    Region swatch = new Region();
    swatch.getStyleClass().addAll("legend-swatch", role);
    Label label = new Label(text);
    label.getStyleClass().add("legend-item");
    HBox item = new HBox(5, swatch, label);
    item.setAlignment(Pos.CENTER_LEFT);
    return item;
  }

  private MenuBar menuBar() {
    MenuBar bar = new MenuBar(fileMenu, editMenu, stageMenu, codeMenu, viewMenu, helpMenu);
    bar.setUseSystemMenuBar(true);
    return bar;
  }

  private void fillMenus() {
    codeMenu.getItems().setAll(CodeMenu.items(this::codeAssist));
    recentMenu.setOnShowing(e -> fillRecent());
    // A placeholder until the menu is first shown: reading the list at start would slow it down.
    recentMenu.getItems().add(new MenuItem("No recent files"));
    fileMenu
        .getItems()
        .addAll(
            item("_New", "Shortcut+N", Icon.FILE_PLUS_OUTLINE, files::newDocument),
            item(
                "_Open Dockerfile\u2026",
                "Shortcut+O",
                Icon.FOLDER_OPEN_OUTLINE,
                files::openDockerfile),
            item(
                "Open _Project\u2026",
                "Shortcut+Shift+O",
                Icon.FILE_DOCUMENT_OUTLINE,
                files::openProject),
            recentMenu,
            item(
                "Open _Sample Project",
                "Shortcut+Shift+M",
                null,
                () -> {
                  if (files.confirmDiscard()) {
                    files.openSample();
                  }
                }),
            new SeparatorMenuItem(),
            editing(item("_Save", "Shortcut+S", Icon.CONTENT_SAVE_OUTLINE, files::save)),
            item(
                "Save _As\u2026",
                "Shortcut+Shift+S",
                Icon.CONTENT_SAVE_EDIT_OUTLINE,
                files::saveAs),
            new SeparatorMenuItem(),
            item("_Export Dockerfile\u2026", "Shortcut+E", Icon.EXPORT, files::exportDockerfile),
            item(
                "Export Diagram as P_NG\u2026",
                "Shortcut+Shift+P",
                Icon.FILE_IMAGE_OUTLINE,
                this::exportPng),
            item(
                "Export Diagram as S_VG\u2026",
                "Shortcut+Shift+E",
                Icon.FILE_CODE_OUTLINE,
                files::exportSvg),
            new SeparatorMenuItem(),
            item(
                "_Quit",
                "Shortcut+Q",
                null,
                () -> {
                  if (files.confirmDiscard()) {
                    Platform.exit();
                  }
                }));
    MenuItem undo = item("_Undo", "Shortcut+Z", Icon.UNDO, actions::undo);
    undo.disableProperty().bind(model.canUndoProperty().not());
    MenuItem redo = item("_Redo", "Shortcut+Shift+Z", Icon.REDO, actions::redo);
    redo.disableProperty().bind(model.canRedoProperty().not());
    editMenu
        .getItems()
        .addAll(
            undo,
            redo,
            new SeparatorMenuItem(),
            editing(item("Re_name Stage", "F2", Icon.RENAME_BOX, canvas::renameSelected)),
            editing(
                item(
                    "_Delete Selection", "Delete", Icon.TRASH_CAN_OUTLINE, canvas::deleteSelected)),
            new SeparatorMenuItem(),
            // The code pane's own keys do the same while it has the focus; these also reach it
            // from the canvas and the menu.
            editing(item("Cu_t", "Shortcut+X", null, () -> codePane().area().cut())),
            item("_Copy", "Shortcut+C", null, () -> codePane().area().copy()),
            editing(item("_Paste", "Shortcut+V", null, () -> codePane().area().paste())),
            item("Select _All", "Shortcut+A", null, () -> codePane().area().selectAll()));
    stageMenu
        .getItems()
        .addAll(
            editing(
                item(
                    "Add _Builder Stage\u2026",
                    "Shortcut+B",
                    Icon.PLUS_BOX_OUTLINE,
                    () -> actions.addStage(false))),
            editing(
                item(
                    "Add _Runtime Stage\u2026",
                    "Shortcut+R",
                    Icon.PACKAGE_VARIANT_CLOSED,
                    () -> actions.addStage(true))),
            new SeparatorMenuItem(),
            editing(
                item(
                    "_Split Stage at Caret\u2026",
                    "Shortcut+Shift+T",
                    Icon.SET_SPLIT,
                    () -> splits.splitAtLine(codePane().caretLine()))),
            editing(item("S_lim It\u2026", "Shortcut+Shift+L", Icon.FEATHER, splits::slim)),
            new SeparatorMenuItem(),
            item("Reset _Layout", "Shortcut+L", null, model::unpinAll));
    CheckMenuItem dark = darkItem;
    dark.setSelected(theme == Theme.DARK);
    dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
    dark.setOnAction(e -> setTheme(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
    viewMenu
        .getItems()
        .addAll(
            item("Zoom _In", "Shortcut+EQUALS", Icon.MAGNIFY_PLUS_OUTLINE, canvas::zoomIn),
            item("Zoom _Out", "Shortcut+MINUS", Icon.MAGNIFY_MINUS_OUTLINE, canvas::zoomOut),
            item("_Fit to Window", "Shortcut+0", Icon.FIT_TO_SCREEN_OUTLINE, canvas::fit),
            item("Find _Stage\u2026", "Shortcut+Shift+F", null, canvas::findStage),
            item("Build _Panel", "Shortcut+J", null, buildPanelDock::toggle),
            item("P_roblems", "Alt+6", null, this::toggleProblems),
            new SeparatorMenuItem(),
            dark);
    helpMenu
        .getItems()
        .addAll(
            item(
                "_Keyboard Shortcuts",
                "F1",
                null,
                () -> HelpSheets.show(stage, "Keyboard shortcuts", HelpSheets.SHORTCUTS)),
            item(
                "_User Guide",
                null,
                null,
                () -> HelpSheets.show(stage, "Stagecraft user guide", HelpSheets.GUIDE)),
            new SeparatorMenuItem(),
            item("_About Stagecraft", null, null, this::about));
  }

  private void fillRecent() {
    recentMenu.getItems().clear();
    for (Path path : files.recent().list()) {
      MenuItem open = new MenuItem(path.getFileName() + "  \u2014  " + path.getParent());
      open.setMnemonicParsing(false);
      open.setOnAction(e -> files.open(path));
      recentMenu.getItems().add(open);
    }
    if (recentMenu.getItems().isEmpty()) {
      MenuItem none = new MenuItem("No recent files");
      none.setDisable(true);
      recentMenu.getItems().add(none);
    }
  }

  /** Turns off a menu item that edits the text while the open file is shown read-only. */
  private MenuItem editing(MenuItem item) {
    item.disableProperty().bind(files.readOnlyProperty());
    return item;
  }

  /** Turns off a button that edits the text while the open file is shown read-only. */
  private Button editing(Button button) {
    button.disableProperty().bind(files.readOnlyProperty());
    return button;
  }

  private static MenuItem item(String text, String accelerator, Icon icon, Runnable action) {
    MenuItem item = new MenuItem(text);
    if (accelerator != null) {
      item.setAccelerator(KeyCombination.keyCombination(accelerator));
    }
    if (icon != null) {
      item.setGraphic(icon.node());
    }
    item.setOnAction(e -> action.run());
    return item;
  }

  /**
   * The code pane's menu: the split at the clicked line first, then the usual clipboard commands.
   */
  private ContextMenu codeMenu() {
    MenuItem splitHere = new MenuItem("Split Stage Here\u2026", Icon.SET_SPLIT.node());
    splitHere.setOnAction(e -> splits.splitAtLine(codePane().caretLine()));
    MenuItem slim = new MenuItem("Slim It\u2026", Icon.FEATHER.node());
    slim.setOnAction(e -> splits.slim());
    MenuItem cut = new MenuItem("Cut");
    cut.setOnAction(e -> codePane().area().cut());
    MenuItem copy = new MenuItem("Copy");
    copy.setOnAction(e -> codePane().area().copy());
    MenuItem paste = new MenuItem("Paste");
    paste.setOnAction(e -> codePane().area().paste());
    MenuItem selectAll = new MenuItem("Select All");
    selectAll.setOnAction(e -> codePane().area().selectAll());
    for (MenuItem editing : List.of(splitHere, slim, cut, paste)) {
      editing(editing);
    }
    return new ContextMenu(
        splitHere,
        slim,
        new SeparatorMenuItem(),
        cut,
        copy,
        paste,
        new SeparatorMenuItem(),
        selectAll);
  }

  private ToolBar toolBar() {
    Button undo = button(Icon.UNDO, "Undo (Ctrl+Z)", actions::undo);
    undo.disableProperty().bind(model.canUndoProperty().not());
    Button redo = button(Icon.REDO, "Redo (Ctrl+Shift+Z)", actions::redo);
    redo.disableProperty().bind(model.canRedoProperty().not());
    Button addBuilder =
        button(
            Icon.PLUS_BOX_OUTLINE, "Add a builder stage (Ctrl+B)", () -> actions.addStage(false));
    addBuilder.setText("Builder");
    Button addRuntime =
        button(
            Icon.PACKAGE_VARIANT_CLOSED,
            "Add a runtime stage, e.g. distroless (Ctrl+R)",
            () -> actions.addStage(true));
    addRuntime.setText("Runtime");
    Button slim =
        button(
            Icon.FEATHER,
            "Slim it: split into a builder and a minimal runtime (Ctrl+Shift+L)",
            splits::slim);
    slim.setText("Slim it");
    for (Button editing : List.of(addBuilder, addRuntime, slim)) {
      editing(editing);
    }
    CompactWindow.iconsOnlyWhenNarrow(
        stage.widthProperty(), List.of(addBuilder, addRuntime, slim, exportButton));
    slim.setId("slim-it");
    toolTips.put(exportButton, "Export the Dockerfile or the diagram");
    Button themeToggle =
        button(
            Icon.THEME_LIGHT_DARK,
            "Switch between light and dark (Ctrl+Shift+D)",
            () -> setTheme(theme.other()));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    return new ToolBar(
        button(Icon.FILE_PLUS_OUTLINE, "New Dockerfile (Ctrl+N)", files::newDocument),
        button(Icon.FOLDER_OPEN_OUTLINE, "Open a Dockerfile (Ctrl+O)", files::openDockerfile),
        editing(button(Icon.CONTENT_SAVE_OUTLINE, "Save (Ctrl+S)", files::save)),
        new Separator(Orientation.VERTICAL),
        undo,
        redo,
        new Separator(Orientation.VERTICAL),
        addBuilder,
        addRuntime,
        slim,
        new Separator(Orientation.VERTICAL),
        button(Icon.MAGNIFY_PLUS_OUTLINE, "Zoom in (Ctrl+=, wheel)", canvas::zoomIn),
        button(Icon.MAGNIFY_MINUS_OUTLINE, "Zoom out (Ctrl+-, wheel)", canvas::zoomOut),
        button(Icon.FIT_TO_SCREEN_OUTLINE, "Fit the diagram to the window (Ctrl+0)", canvas::fit),
        new Separator(Orientation.VERTICAL),
        exportButton,
        spacer,
        themeToggle);
  }

  private List<MenuItem> exportItems() {
    MenuItem png = new MenuItem("Diagram as PNG\u2026");
    png.setOnAction(e -> exportPng());
    MenuItem svg = new MenuItem("Diagram as SVG\u2026");
    svg.setOnAction(e -> files.exportSvg());
    MenuItem dockerfile = new MenuItem("Dockerfile\u2026");
    dockerfile.setOnAction(e -> files.exportDockerfile());
    return List.of(dockerfile, png, svg);
  }

  private Button button(Icon icon, String tooltip, Runnable action) {
    Button b = new Button(null, icon.node());
    toolTips.put(b, tooltip);
    b.setOnAction(e -> action.run());
    b.setFocusTraversable(false);
    return b;
  }

  private HBox statusBar() {
    Label counts = new Label();
    counts.setId("status-counts");
    Label problems = new Label();
    problems.getStyleClass().add("problems");
    Label hint =
        new Label(
            "Drag a box's right handle onto a later stage to add COPY --from; double-click a name to rename");
    statusHint = hint;
    model
        .snapshotProperty()
        .addListener(
            (obs, was, s) -> {
              if (s == null) {
                return;
              }
              StageGraph g = s.graph();
              counts.setText(
                  Plural.of(g.stages().size(), "stage")
                      + " \u00B7 "
                      + Plural.of(g.edges().size(), "arrow")
                      + " \u00B7 "
                      + Plural.of(g.externalImages().size(), "external image"));
              int n = g.diagnostics().size() + s.lint().problems().size();
              // Lint's notes (ShellCheck missing or failing) say which checks did not run.
              String notes = String.join("; ", s.lint().notes());
              problems.setText(
                  (n == 0 ? "No problems" : Plural.of(n, "problem"))
                      + (notes.isEmpty() ? "" : " \u00B7 " + notes));
              // A style class changed restyles the label: only when it comes or goes.
              if ((n > 0) != problems.getStyleClass().contains("has-problems")) {
                if (n > 0) {
                  problems.getStyleClass().add("has-problems");
                } else {
                  problems.getStyleClass().remove("has-problems");
                }
              }
            });
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    CompactWindow.keepWhole(List.of(counts, problems, caret), hint);
    HBox bar = new HBox(counts, problems, spacer, hint, caret);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("status-bar");
    return bar;
  }

  /** Asks where, then writes the diagram as a PNG at twice its size, in the current theme. */
  public void exportPng() {
    files.exportPng(
        snapshot -> {
          var image =
              DiagramImage.paint(
                  snapshot.layout(), stage.getScene().getStylesheets(), root.getStyleClass(), 2);
          try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
            return out.toByteArray();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private void about() {
    javafx.scene.control.Alert about =
        new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION);
    about.initOwner(stage);
    about.setTitle("About Stagecraft");
    about.setHeaderText("Stagecraft " + StagecraftVersion.get());
    about.setContentText(
        "Design lean multi-stage Dockerfiles: the text is the truth, the diagram follows it.");
    about.setGraphic(Icon.DOCKER.node());
    about.showAndWait();
  }
}
