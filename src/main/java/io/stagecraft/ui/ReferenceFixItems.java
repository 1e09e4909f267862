package io.stagecraft.ui;

import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.edit.ReferenceFix;
import io.stagecraft.core.edit.ReferenceFixes;
import io.stagecraft.core.model.StageGraph;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.MenuItem;

/**
 * The "did you mean" quick fixes of bad stage references (ADR 17) as menu items, for the code
 * pane's and the canvas's menus: each writes a stage's name instead, as one undoable edit.
 */
public final class ReferenceFixItems {
  private ReferenceFixItems() {}

  /**
   * The fixes for the references between {@code start} and {@code end} of the text.
   *
   * @param apply applies a fix's edit to the document
   */
  public static List<MenuItem> between(
      StageGraph graph, int start, int end, Consumer<DocumentEdit> apply) {
    return fixes(graph, start, end).stream().map(f -> item(f, apply)).toList();
  }

  /** The fixes for the references between {@code start} and {@code end} of the text. */
  public static List<ReferenceFix> fixes(StageGraph graph, int start, int end) {
    return ReferenceFixes.all(graph).stream()
        .filter(f -> f.diagnostic().range().start() <= end && f.diagnostic().range().end() >= start)
        .toList();
  }

  private static MenuItem item(ReferenceFix fix, Consumer<DocumentEdit> apply) {
    MenuItem item = new MenuItem(fix.title() + " on line " + fix.diagnostic().line());
    item.setMnemonicParsing(false);
    item.setOnAction(e -> apply.accept(fix.edit()));
    return item;
  }
}
