package io.stagecraft.ui.code;

import io.stagecraft.core.lang.Analysis;
import io.stagecraft.core.lang.Folding;
import io.stagecraft.ui.model.DiagramSnapshot;
import io.stagecraft.ui.model.EditorModel;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/**
 * Folds and unfolds stages in the code pane: a stage folds into its FROM line, which stays visible.
 * The gutter shows a toggle on each FROM line (▾ open, ▸ folded). Folding is view state, kept as a
 * paragraph style of the area: it never touches the text or its undo history.
 */
public final class StageFolds {
  private final CodeArea area;
  private final Supplier<Analysis> analysis;
  private final IntFunction<Node> lineNumbers;

  private static final double TOGGLE_WIDTH = 12;

  /** The 0-based paragraphs that start a stage, as the last snapshot drew them. */
  private Set<Integer> stageStarts = Set.of();

  /**
   * @param analysis the analysis of the area's current text, where the stages' lines come from
   */
  public StageFolds(CodeArea area, EditorModel model, Supplier<Analysis> analysis) {
    this.area = area;
    this.analysis = analysis;
    this.lineNumbers = LineNumberFactory.get(area);
    model.snapshotProperty().addListener((obs, was, snapshot) -> snapshotArrived(snapshot));
    snapshotArrived(model.currentSnapshot());
  }

  /** Folds the stage that holds the caret into its FROM line; the caret moves there. */
  public void foldAtCaret() {
    Folding.Range stage = stageAt(area.getCurrentParagraph());
    if (stage != null) {
      fold(stage);
    }
  }

  /** Unfolds the stage that holds the caret. */
  public void unfoldAtCaret() {
    Folding.Range stage = stageAt(area.getCurrentParagraph());
    if (stage != null) {
      unfold(stage);
    }
  }

  /** Folds every stage. */
  public void foldAll() {
    for (Folding.Range stage : stages()) {
      fold(stage);
    }
  }

  /** Unfolds every stage. */
  public void unfoldAll() {
    for (Folding.Range stage : stages()) {
      unfold(stage);
    }
  }

  /** Whether the 0-based paragraph is hidden inside a fold. */
  public boolean isHidden(int paragraph) {
    return paragraph < area.getParagraphs().size() && area.isFolded(paragraph);
  }

  private void toggle(int paragraph) {
    Folding.Range stage = stageAt(paragraph);
    if (stage == null) {
      return;
    }
    if (isHidden(stage.startLine())) {
      unfold(stage);
    } else {
      fold(stage);
    }
  }

  private void fold(Folding.Range stage) {
    int first = stage.startLine() - 1;
    int last = Math.min(stage.endLine() - 1, area.getParagraphs().size() - 1);
    if (last <= first || isHidden(first + 1)) {
      return;
    }
    int caret = area.getCurrentParagraph();
    if (caret > first && caret <= last) {
      area.moveTo(first, 0);
    }
    area.foldParagraphs(first, last);
    area.recreateParagraphGraphic(first);
  }

  private void unfold(Folding.Range stage) {
    int first = stage.startLine() - 1;
    if (first + 1 < area.getParagraphs().size() && isHidden(first + 1)) {
      area.unfoldParagraphs(first);
      area.recreateParagraphGraphic(first);
    }
  }

  /** The stage whose lines hold the 0-based paragraph, or null. */
  private Folding.Range stageAt(int paragraph) {
    int line = paragraph + 1;
    for (Folding.Range r : stages()) {
      if (r.startLine() <= line && line <= r.endLine()) {
        return r;
      }
    }
    return null;
  }

  private List<Folding.Range> stages() {
    return Folding.of(analysis.get()).stream().filter(r -> r.kind() == Folding.Kind.STAGE).toList();
  }

  private void snapshotArrived(DiagramSnapshot snapshot) {
    if (snapshot == null || !snapshot.isCurrent()) {
      return;
    }
    Set<Integer> starts = new TreeSet<>();
    snapshot.graph().stages().forEach(s -> starts.add(s.line() - 1));
    if (!starts.equals(stageStarts)) {
      stageStarts = Set.copyOf(starts);
      refreshGutter();
    }
  }

  /** Gives the visible lines new gutters; a new factory is what makes RichTextFX redraw them. */
  private void refreshGutter() {
    area.setParagraphGraphicFactory(paragraph -> gutter(paragraph));
  }

  private Node gutter(int paragraph) {
    if (!stageStarts.contains(paragraph)) {
      // Most lines have no toggle: a blank of its width, not a label. The area makes a line's
      // gutter anew whenever the line changes, as on every keystroke, and each control in it
      // costs a skin and a CSS pass.
      Region blank = new Region();
      blank.setMinWidth(TOGGLE_WIDTH);
      return gutterOf(paragraph, blank);
    }
    Label toggle = new Label();
    toggle.getStyleClass().add("fold-toggle");
    toggle.setMinWidth(TOGGLE_WIDTH);
    boolean folded = paragraph + 1 < area.getParagraphs().size() && isHidden(paragraph + 1);
    toggle.setText(folded ? "\u25B8" : "\u25BE");
    toggle.setTooltip(new Tooltip(folded ? "Unfold stage" : "Fold stage"));
    toggle.setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY) {
            toggle(paragraph);
            e.consume();
          }
        });
    return gutterOf(paragraph, toggle);
  }

  private Node gutterOf(int paragraph, Node toggle) {
    HBox box = new HBox(lineNumbers.apply(paragraph), toggle);
    box.setAlignment(Pos.CENTER_LEFT);
    box.getStyleClass().add("code-gutter");
    return box;
  }
}
