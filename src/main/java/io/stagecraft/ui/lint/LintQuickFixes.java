package io.stagecraft.ui.lint;

import io.stagecraft.core.lint.FixAll;
import io.stagecraft.core.lint.LintReport;
import io.stagecraft.core.lint.Problem;
import io.stagecraft.core.lint.QuickFix;
import io.stagecraft.ui.ReferenceFixItems;
import io.stagecraft.ui.code.CodePane;
import io.stagecraft.ui.derive.DerivationPipeline;
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
 * Offers the quick fixes of the lint problems at the caret, and the "did you mean" fixes of the
 * stage references on its line: on Alt+Enter, and at the top of the code pane's context menu. Each
 * fix is one undoable document edit. Where a rule's safe fix applies more than once, "fix all" of
 * that rule is offered, and "Fix all safe problems" takes every safe fix in the file, both as one
 * edit.
 */
public final class LintQuickFixes {
  private static final String LINT_ITEM = "lint-fix";

  private final EditorModel model;
  private final CodePane codePane;
  private final Runnable slimIt;
  private final ContextMenu popup = new ContextMenu();

  /**
   * @param slimIt opens the split review of the final stage, for fixes that are that action
   */
  public LintQuickFixes(EditorModel model, CodePane codePane, Runnable slimIt) {
    this.model = model;
    this.codePane = codePane;
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
    DerivationPipeline.Parsed parsed = model.currentParse();
    if (parsed == null) {
      return List.of();
    }
    LintReport report = parsed.lint();
    List<MenuItem> items = new ArrayList<>(referenceFixes(parsed));
    Set<String> fixAllRules = new LinkedHashSet<>();
    for (Problem p : report.problemsAt(codePane.area().getCaretPosition())) {
      for (QuickFix fix : p.fixes()) {
        items.add(item(fix.title() + "  (" + p.ruleId() + ")", () -> apply(fix)));
      }
      if (p.fixes().stream().anyMatch(f -> f.safe() && f.isEdit())) {
        fixAllRules.add(p.ruleId());
      }
    }
    for (String rule : fixAllRules) {
      List<FixAll.Taken> all = FixAll.select(report.problems(), p -> p.ruleId().equals(rule));
      if (all.size() > 1) {
        items.add(
            item(
                "Fix all " + all.size() + " " + rule + " problems in the file",
                () -> model.apply(FixAll.combine("Fix all " + rule, all))));
      }
    }
    List<FixAll.Taken> safe = FixAll.select(report.problems(), p -> true);
    if (!safe.isEmpty()) {
      items.add(
          item(
              "Fix all safe problems in the file (" + safe.size() + ")",
              () -> model.apply(FixAll.combine("Fix all safe problems", safe))));
    }
    return items;
  }

  /** The "did you mean" fixes of the stage references on the caret's line (ADR 17, 25). */
  private List<MenuItem> referenceFixes(DerivationPipeline.Parsed parsed) {
    var area = codePane.area();
    int line = area.getCurrentParagraph();
    int start = area.getAbsolutePosition(line, 0);
    List<MenuItem> items =
        ReferenceFixItems.between(
            parsed.graph(), start, start + area.getParagraphLength(line), model::apply);
    items.forEach(i -> i.getStyleClass().add(LINT_ITEM));
    return items;
  }

  private static MenuItem item(String title, Runnable action) {
    MenuItem item = new MenuItem(title);
    item.setMnemonicParsing(false);
    item.getStyleClass().add(LINT_ITEM);
    item.setOnAction(e -> action.run());
    return item;
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

  /** Shows the fixes at the caret in a menu under it (Alt+Enter). */
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

  /** The menu Alt+Enter shows, for tests. */
  public ContextMenu popup() {
    return popup;
  }
}
