package io.stagecraft.ui.code;

import io.stagecraft.core.model.StageGraph;
import io.stagecraft.ui.ReferenceFixItems;
import io.stagecraft.ui.derive.DerivationPipeline;
import io.stagecraft.ui.model.EditorModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.WindowEvent;
import org.fxmisc.richtext.CodeArea;

/**
 * The "did you mean" fixes of bad stage references (ADR 17) in the code pane: on top of its context
 * menu for the line clicked, and at the caret with Alt+Enter (IntelliJ) or Ctrl+. (VS Code). The
 * hover over such a reference names the fix and the key.
 */
public final class CodeQuickFixes {
  /** The key that shows the fixes at the caret, as the hover names it. */
  public static final String KEY = "Alt+Enter";

  private static final String ITEM_STYLE = "quick-fix";
  private static final KeyCombination ALT_ENTER =
      new KeyCodeCombination(KeyCode.ENTER, KeyCombination.ALT_DOWN);
  private static final KeyCombination CTRL_DOT =
      new KeyCodeCombination(KeyCode.PERIOD, KeyCombination.SHORTCUT_DOWN);

  private final CodeArea area;
  private final EditorModel model;
  private final Consumer<String> notice;
  private final ContextMenu atCaret = new ContextMenu();

  /**
   * @param codeMenu the code pane's context menu, which gets the fixes of the clicked line on top
   * @param notice says that there is no fix at the caret
   */
  public CodeQuickFixes(
      CodePane pane, EditorModel model, ContextMenu codeMenu, Consumer<String> notice) {
    this.area = pane.area();
    this.model = model;
    this.notice = notice;
    codeMenu.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> offerOnLine(codeMenu));
    area.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (ALT_ENTER.match(e) || CTRL_DOT.match(e)) {
            e.consume();
            showAtCaret();
          }
        });
  }

  /** The fixes for the references on the caret's line, as menu items. */
  public List<MenuItem> onCaretLine() {
    StageGraph graph = graph();
    if (graph == null) {
      return List.of();
    }
    int line = area.getCurrentParagraph();
    int start = area.getAbsolutePosition(line, 0);
    int end = start + area.getParagraphLength(line);
    return ReferenceFixItems.between(graph, start, end, model::apply);
  }

  /** Shows the fixes of the caret's line below the caret, or says there are none. */
  public void showAtCaret() {
    List<MenuItem> fixes = onCaretLine();
    if (fixes.isEmpty()) {
      notice.accept("No quick fix on this line.");
      return;
    }
    atCaret.getItems().setAll(fixes);
    Optional<Bounds> caret = area.getCaretBounds();
    if (caret.isPresent()) {
      atCaret.show(area, caret.get().getMinX(), caret.get().getMaxY() + 2);
    } else {
      Bounds b = area.localToScreen(area.getBoundsInLocal());
      atCaret.show(area, b.getMinX() + 40, b.getMinY() + 40);
    }
  }

  /** The menu shown for the fixes at the caret; for tests. */
  public ContextMenu caretMenu() {
    return atCaret;
  }

  private void offerOnLine(ContextMenu menu) {
    menu.getItems().removeIf(i -> i.getStyleClass().contains(ITEM_STYLE));
    List<MenuItem> fixes = new ArrayList<>(onCaretLine());
    if (!fixes.isEmpty()) {
      SeparatorMenuItem separator = new SeparatorMenuItem();
      separator.getStyleClass().add(ITEM_STYLE);
      fixes.add(separator);
      fixes.forEach(i -> i.getStyleClass().add(ITEM_STYLE));
      menu.getItems().addAll(0, fixes);
    }
  }

  /** The graph of the text as the canvas resolves it: the current parse, else a fresh one. */
  private StageGraph graph() {
    if (model.document() == null) {
      return null;
    }
    DerivationPipeline.Parsed parsed = model.currentParse();
    return parsed != null
        ? parsed.graph()
        : StageGraph.parse(model.document().text(), model.referenceContext());
  }
}
