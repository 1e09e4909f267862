package io.stagecraft.app;

import io.stagecraft.ui.code.CodeAssist;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The Code menu: the code pane's language features with their shortcuts, so they can be found
 * without knowing the keys. The code pane handles the same keys itself while it has the focus.
 */
final class CodeMenu {
  private CodeMenu() {}

  static List<MenuItem> items(Supplier<CodeAssist> assist) {
    return List.of(
        item("_Find\u2026", "Shortcut+F", () -> assist.get().findBar().showFind()),
        item("_Replace\u2026", "Shortcut+H", () -> assist.get().findBar().showReplace()),
        item("Find _Next", "F3", () -> assist.get().findBar().next()),
        item("Find Pre_vious", "Shift+F3", () -> assist.get().findBar().previous()),
        new SeparatorMenuItem(),
        item("Go to _Definition", "F12", () -> assist.get().goToDefinition()),
        item("Find Re_ferences", "Shift+F12", () -> assist.get().findReferences()),
        item("_Go to Line\u2026", "Shortcut+G", () -> assist.get().goToLine()),
        new SeparatorMenuItem(),
        item("Complete", "Shortcut+Space", () -> assist.get().complete()),
        item("Toggle _Comment", "Shortcut+Slash", () -> assist.get().toggleComment()),
        item("F_ormat", "Shortcut+Alt+L", () -> assist.get().format()),
        new SeparatorMenuItem(),
        item(
            "Fold _Stage", "Shortcut+Shift+OPEN_BRACKET", () -> assist.get().folds().foldAtCaret()),
        item(
            "_Unfold Stage",
            "Shortcut+Shift+CLOSE_BRACKET",
            () -> assist.get().folds().unfoldAtCaret()),
        item("Fold _All Stages", null, () -> assist.get().folds().foldAll()),
        item("Unfold All Stages", null, () -> assist.get().folds().unfoldAll()));
  }

  private static MenuItem item(String text, String accelerator, Runnable action) {
    MenuItem item = new MenuItem(text);
    if (accelerator != null) {
      item.setAccelerator(KeyCombination.keyCombination(accelerator));
    }
    item.setOnAction(e -> action.run());
    return item;
  }
}
