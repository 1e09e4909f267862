package io.stagecraft.ui.lint;

import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.lint.FixAll;
import io.stagecraft.core.lint.Problem;
import io.stagecraft.core.lint.QuickFix;
import io.stagecraft.ui.code.CodePane;
import io.stagecraft.ui.model.EditorModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.WindowEvent;

/**
 * Offers the quick fixes of the lint problems at the caret: on Alt+Enter, and at the top of the
 * code pane's context menu. A fix is one undoable document edit; "fix all" combines the safe fixes
 * of one rule across the file into one edit.
 */
public final class LintQuickFixes {
  private static final String LINT_ITEM = "lint-fix";

  private final EditorModel model;
  private final CodePane codePane;
  private final LintService lint;
  private final Runnable slimIt;
  private final ContextMenu popup = new ContextMenu();

  public LintQuickFixes(EditorModel model, CodePane codePane, LintService lint, Runnable slimIt) {
    this.model = model;
    this.codePane = codePane;
    this.lint = lint;
    this.slimIt = slimIt;
    popup.getStyleClass().add("lint-fixes");
    codePane
        .area()
        .addEventFilter(
            KeyEvent.KEY_PRESSED,
            e -> {
              if (e.getCode() == KeyCode.ENTER && e.isAltDown()) {
                e.consume();
                showAtCaret();
              }
            });
    codePane.area().contextMenuObjectProperty().addListener((obs, was, menu) -> attach(menu));
    attach(codePane.area().getContextMenu());
  }

  private void attach(ContextMenu menu) {
    if (menu != null) {
      menu.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> addTo(menu));
    }
  }

  /** The menu items for the problems at the caret; empty when there is none. */
  public List<MenuItem> itemsAtCaret() {
    LintResult result = lint.current();
    if (result == null) {
      return List.of();
    }
    List<Problem> here = result.problemsAt(codePane.area().getCaretPosition());
    List<MenuItem> items = new ArrayList<>();
    Set<String> fixAllRules = new LinkedHashSet<>();
    for (Problem p : here) {
      for (QuickFix fix : p.fixes()) {
        MenuItem item = new MenuItem(fix.title() + "  (" + p.ruleId() + ")");
        item.getStyleClass().add(LINT_ITEM);
        item.setOnAction(e -> apply(fix));
        items.add(item);
      }
      if (p.fixes().stream().anyMatch(f -> f.safe() && f.isEdit())) {
        fixAllRules.add(p.ruleId());
      }
    }
    for (String rule : fixAllRules) {
      List<FixAll.Taken> all =
          FixAll.select(result.report().problems(), p -> p.ruleId().equals(rule));
      if (all.size() > 1) {
        MenuItem item =
            new MenuItem("Fix all " + all.size() + " " + rule + " problems in the file");
        item.getStyleClass().add(LINT_ITEM);
        DocumentEdit edit = FixAll.combine("Fix all " + rule, all);
        item.setOnAction(e -> model.apply(edit));
        items.add(item);
      }
    }
    return items;
  }

  private void apply(QuickFix fix) {
    if (fix.isEdit()) {
      model.apply(fix.edit());
    } else if (QuickFix.SLIM_IT.equals(fix.action())) {
      slimIt.run();
    }
  }

  private void addTo(ContextMenu menu) {
    menu.getItems().removeIf(i -> i.getStyleClass().contains(LINT_ITEM));
    List<MenuItem> items = new ArrayList<>(itemsAtCaret());
    if (!items.isEmpty()) {
      SeparatorMenuItem separator = new SeparatorMenuItem();
      separator.getStyleClass().add(LINT_ITEM);
      items.add(separator);
      menu.getItems().addAll(0, items);
    }
  }

  /** Shows the fixes at the caret in a popup under it (Alt+Enter). */
  public void showAtCaret() {
    List<MenuItem> items = itemsAtCaret();
    if (items.isEmpty()) {
      MenuItem none = new MenuItem("No quick fixes here");
      none.setDisable(true);
      items = List.of(none);
    }
    popup.getItems().setAll(items);
    Bounds caret = codePane.area().getCaretBounds().orElse(null);
    if (caret != null) {
      popup.show(codePane.area(), caret.getMinX(), caret.getMaxY());
    } else {
      Bounds b = codePane.area().localToScreen(codePane.area().getBoundsInLocal());
      popup.show(codePane.area(), b.getMinX() + 40, b.getMinY() + 40);
    }
  }
}
