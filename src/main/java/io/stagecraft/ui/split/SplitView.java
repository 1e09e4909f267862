package io.stagecraft.ui.split;

import io.stagecraft.core.split.Note;
import io.stagecraft.core.split.Proposal;
import io.stagecraft.core.split.SplitPreview;
import io.stagecraft.ui.Icon;
import io.stagecraft.ui.canvas.DiagramImage;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * What the split dialog shows: the user's choices on top, the text's diff beside the diagram as it
 * will be, and every proposal and note with its reason below. It follows its {@link SplitReview}.
 */
public final class SplitView extends VBox {
  private final SplitReview review;
  private final List<String> stylesheets;
  private final List<String> rootStyleClasses;
  private static final String NONROOT_TIP =
      "Run the app as user 65532: distroless images on their nonroot tag, and a USER "
          + "line for a runtime that would run as root";
  private static final String DEBUG_TIP =
      "Offer distroless images on their debug tag, which adds a busybox shell";
  private final ComboBox<String> runtime = new ComboBox<>();
  private CheckBox nonroot;
  private CheckBox debug;
  private final Label knowledge = new Label();
  private final Label problem = new Label();
  private final Button useRuntime = new Button();
  private final VBox refusal = new VBox(4);
  private final ListView<String> diff = new ListView<>();
  private final ImageView diagram = new ImageView();
  private final Label tooLarge =
      new Label("Too large to draw here: the canvas shows it once the split is applied.");
  private final VBox proposals = new VBox(3);
  private final ScrollPane diagramScroll;
  private boolean showing;

  /**
   * @param stylesheets the window's stylesheets, so the diagram looks as it will on the canvas
   * @param rootStyleClasses the window root's style classes (the dark theme is one)
   */
  public SplitView(SplitReview review, List<String> stylesheets, List<String> rootStyleClasses) {
    this.review = review;
    this.stylesheets = List.copyOf(stylesheets);
    this.rootStyleClasses = List.copyOf(rootStyleClasses);
    getStyleClass().add("split-view");
    setSpacing(8);
    setPadding(new Insets(10, 14, 6, 14));
    problem.setId("split-problem");
    problem.getStyleClass().add("split-problem");
    problem.setWrapText(true);
    problem.managedProperty().bind(problem.visibleProperty());
    useRuntime.setId("split-use-runtime");
    useRuntime.managedProperty().bind(useRuntime.visibleProperty());
    // Above one another, so the whole reason wraps and the offer beneath it is read in full.
    problem.setMinHeight(Region.USE_PREF_SIZE);
    refusal.getChildren().setAll(problem, useRuntime);
    refusal.managedProperty().bind(refusal.visibleProperty());
    knowledge.setId("split-knowledge");
    knowledge.getStyleClass().add("split-knowledge");
    knowledge.setWrapText(true);
    knowledge.setMinHeight(Region.USE_PREF_SIZE);
    diff.setId("split-diff");
    diff.getStyleClass().add("split-diff");
    diff.setCellFactory(list -> new DiffCell());
    diff.setFocusTraversable(false);
    diagram.setId("split-diagram");
    diagram.setPreserveRatio(true);
    proposals.setId("split-proposals");
    diff.setFixedCellSize(20);
    tooLarge.getStyleClass().add("split-knowledge");
    tooLarge.setVisible(false);
    StackPane diagramStack = new StackPane(diagram, tooLarge);
    ScrollPane diagramScroll = scrolled(diagramStack);
    diagramScroll.viewportBoundsProperty().addListener((o, was, bounds) -> fitDiagram(bounds));
    // Centred while it fits; scrolled when it does not.
    diagramScroll.setFitToWidth(true);
    diagramScroll.setFitToHeight(true);
    diagramStack.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    this.diagramScroll = diagramScroll;
    SplitPane center =
        new SplitPane(
            titled("Changes to the text", diff),
            titled("The stages after the split", diagramScroll));
    center.setDividerPositions(0.46);
    VBox.setVgrow(center, Priority.ALWAYS);
    ScrollPane proposalScroll = scrolled(proposals);
    proposalScroll.setPrefViewportHeight(140);
    proposalScroll.setFitToWidth(true);
    getChildren()
        .addAll(
            choices(),
            knowledge,
            refusal,
            center,
            titled("What the split carries over, and why", proposalScroll));
    review.addListener(this::show);
    show();
  }

  public SplitReview review() {
    return review;
  }

  private GridPane choices() {
    runtime.setId("split-runtime");
    runtime.setEditable(true);
    runtime.setPrefWidth(420);
    runtime.setTooltip(
        new Tooltip("The image the runtime stage starts FROM; any local image name works"));
    // The list's selection and the typed text both end in the review, once each.
    // Enter takes the typed image, as in any field; it must not also press the dialog's default
    // button.
    runtime.addEventFilter(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
            review.setRuntime(runtime.getEditor().getText());
            e.consume();
          }
        });
    runtime
        .valueProperty()
        .addListener(
            (o, was, now) -> {
              if (!showing && now != null && !now.equals(review.runtime())) {
                review.setRuntime(now);
              }
            });
    nonroot = new CheckBox("Non-root (:nonroot)");
    nonroot.setId("split-nonroot");
    nonroot.setSelected(review.options().nonroot());
    nonroot.setTooltip(new Tooltip(NONROOT_TIP));
    nonroot.selectedProperty().addListener((o, was, now) -> review.setNonroot(now));
    debug = new CheckBox("Debug shell (:debug)");
    debug.setId("split-debug");
    debug.setSelected(review.options().debug());
    debug.setTooltip(new Tooltip(DEBUG_TIP));
    debug.selectedProperty().addListener((o, was, now) -> review.setDebug(now));
    TextField builder =
        nameField("split-builder-name", "keep the stage's name, or build", review::setBuilderName);
    TextField runtimeName = nameField("split-runtime-name", "runtime", review::setRuntimeName);
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(6);
    grid.addRow(0, label("Runtime image"), runtime, tipped(nonroot), tipped(debug));
    grid.addRow(1, label("Builder stage"), builder, label("Runtime stage"), runtimeName);
    for (javafx.scene.Node n : List.of(nonroot, debug)) {
      ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
    }
    return grid;
  }

  /**
   * The choice in a box that shows its tooltip: a disabled control gets no mouse events, so its own
   * tooltip would never say why it is disabled.
   */
  private static StackPane tipped(CheckBox choice) {
    StackPane box = new StackPane(choice);
    box.setAlignment(Pos.CENTER_LEFT);
    Tooltip.install(box, choice.getTooltip());
    return box;
  }

  /** Disables a choice that changes nothing for the runtime, and says why in its tooltip. */
  private static void offerOnlyWhatApplies(CheckBox choice, String doesNothing, String tip) {
    choice.setDisable(doesNothing != null);
    choice.getTooltip().setText(doesNothing != null ? doesNothing : tip);
  }

  private static Label label(String text) {
    Label label = new Label(text);
    label.setMinWidth(Region.USE_PREF_SIZE);
    return label;
  }

  private void fitDiagram(javafx.geometry.Bounds viewport) {
    javafx.scene.image.Image image = diagram.getImage();
    if (image == null || viewport == null) {
      return;
    }
    // Drawn 1:1, as on the canvas, so its text reads at the canvas's size; a diagram larger than
    // the pane scrolls. Shrunk to fit, the sample's rows came out about 6 px tall.
    diagram.setFitWidth(image.getWidth());
    diagram.setFitHeight(image.getHeight());
  }

  private static TextField nameField(
      String id, String prompt, java.util.function.Consumer<String> set) {
    TextField field = new TextField();
    field.setId(id);
    field.setPromptText(prompt);
    field.setPrefColumnCount(16);
    field.textProperty().addListener((o, was, now) -> set.accept(now));
    return field;
  }

  private static VBox titled(String title, javafx.scene.Node content) {
    Label label = new Label(title);
    label.getStyleClass().add("split-section");
    VBox box = new VBox(4, label, content);
    VBox.setVgrow(content, Priority.ALWAYS);
    return box;
  }

  private static ScrollPane scrolled(javafx.scene.Node content) {
    ScrollPane scroll = new ScrollPane(content);
    scroll.getStyleClass().add("split-scroll");
    return scroll;
  }

  /** Shows the review as it is now. */
  private void show() {
    if (review.computing()) {
      // The last outcome stays in sight, Apply is off (SplitDialog) until the new one is there.
      knowledge.setText("Computing\u2026");
      knowledge.setGraphic(Icon.MAGNIFY.node());
      getStyleClass().add("computing");
      return;
    }
    getStyleClass().remove("computing");
    showing = true;
    try {
      runtime.getItems().setAll(review.runtimeChoices());
      runtime.setValue(review.runtime());
      runtime.getEditor().setText(review.runtime());
    } finally {
      showing = false;
    }
    knowledge.setText(review.knowledge());
    offerOnlyWhatApplies(nonroot, review.nonrootDoesNothing(), NONROOT_TIP);
    offerOnlyWhatApplies(debug, review.debugDoesNothing(), DEBUG_TIP);
    knowledge.setGraphic((review.inspecting() ? Icon.MAGNIFY : Icon.INFORMATION_OUTLINE).node());
    SplitReview.Outcome outcome = review.outcome();
    boolean refused = outcome.ok() && outcome.preview().refused();
    problem.setVisible(!outcome.ok() || refused);
    refusal.setVisible(problem.isVisible());
    problem.setText(
        !outcome.ok()
            ? "No split: " + outcome.problem()
            : refused
                ? "Cannot apply: "
                    + String.join(
                        " ", outcome.preview().refusals().stream().map(r -> r.message()).toList())
                : "");
    String alternative =
        refused
            ? outcome.preview().refusals().stream()
                .map(r -> r.alternative())
                .filter(a -> a != null)
                .findFirst()
                .orElse(null)
            : null;
    useRuntime.setVisible(alternative != null);
    if (alternative != null) {
      useRuntime.setText("Use " + alternative);
      useRuntime.setOnAction(e -> review.setRuntime(alternative));
    }
    if (!outcome.ok()) {
      diff.getItems().clear();
      diagram.setImage(null);
      proposals.getChildren().clear();
      return;
    }
    SplitPreview preview = outcome.preview();
    diff.getItems().setAll(preview.diff().lines().toList());
    // Laid out in the background with the preview; a design too large for the review is seen on
    // the canvas once applied.
    boolean drawable = outcome.layout() != null;
    diagram.setImage(
        drawable ? DiagramImage.paint(outcome.layout(), stylesheets, rootStyleClasses, 1) : null);
    tooLarge.setVisible(!drawable);
    fitDiagram(diagramScroll.getViewportBounds());
    proposals.getChildren().clear();
    for (Note note : preview.notes()) {
      proposals.getChildren().add(noteRow(note));
    }
    for (Proposal p : preview.proposals()) {
      proposals.getChildren().add(proposalRow(p));
    }
  }

  private static HBox noteRow(Note note) {
    javafx.scene.layout.Pane icon =
        (switch (note.level()) {
              case INFO -> Icon.INFORMATION_OUTLINE;
              case WARNING -> Icon.ALERT_OUTLINE;
              case PROBLEM -> Icon.ALERT_OCTAGON_OUTLINE;
            })
            .node();
    Label text = new Label((note.line() > 0 ? "Line " + note.line() + ": " : "") + note.message());
    text.setWrapText(true);
    HBox row = new HBox(6, icon, text);
    row.getStyleClass()
        .addAll("split-note", "note-" + note.level().name().toLowerCase(java.util.Locale.ROOT));
    HBox.setHgrow(text, Priority.ALWAYS);
    return row;
  }

  private static HBox proposalRow(Proposal p) {
    Label kind = new Label(kindLabel(p.kind()));
    kind.getStyleClass().add("split-kind");
    kind.setMinWidth(110);
    Label text = new Label(p.text());
    text.getStyleClass().add("split-proposal-text");
    Label reason = new Label(p.reason());
    reason.getStyleClass().add("split-reason");
    reason.setWrapText(true);
    VBox body = new VBox(1, text, reason);
    HBox.setHgrow(body, Priority.ALWAYS);
    HBox row = new HBox(8, kind, body);
    row.setAlignment(Pos.TOP_LEFT);
    row.getStyleClass().add("split-proposal");
    return row;
  }

  static String kindLabel(Proposal.Kind kind) {
    return switch (kind) {
      case RUNTIME_BASE -> "runtime base";
      case COPY_FROM -> "copy output";
      case CARRIED -> "carried";
      case MOVED -> "moved";
      case REWRITTEN -> "rewritten";
      case ARG -> "argument";
      case ENV -> "environment";
      case BUILDER_CHANGE -> "builder change";
      case USER -> "user";
      case DROPPED -> "left out";
    };
  }

  /** A line of the unified diff, coloured by what it does. */
  private static final class DiffCell extends ListCell<String> {
    private static final List<String> KINDS =
        List.of("diff-added", "diff-removed", "diff-hunk", "diff-context");

    @Override
    protected void updateItem(String line, boolean empty) {
      super.updateItem(line, empty);
      getStyleClass().removeAll(KINDS);
      setText(empty || line == null ? null : line);
      if (!empty && line != null) {
        getStyleClass()
            .add(
                line.startsWith("+") && !line.startsWith("+++")
                    ? "diff-added"
                    : line.startsWith("-") && !line.startsWith("---")
                        ? "diff-removed"
                        : line.startsWith("@@") ? "diff-hunk" : "diff-context");
      }
    }
  }
}
