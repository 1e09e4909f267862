package io.stagecraft.ui.canvas;

import java.util.function.BiPredicate;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/**
 * The tools of large diagrams, over the canvas's top left corner: a field that finds a stage by
 * name (Enter goes to the next match, Escape closes it) and the names-only switch. They show from
 * {@link StageCanvas#OVERVIEW_FROM} stages, or whenever the user asks to find a stage.
 */
final class CanvasTools extends HBox {
  private static final PseudoClass NOT_FOUND = PseudoClass.getPseudoClass("not-found");
  private final TextField find = new TextField();
  private final CheckBox namesOnly = new CheckBox("Names only");
  private boolean offered;
  private int matchIndex;

  /**
   * @param findNext selects the n-th stage matching a text; false when none matches
   * @param setNamesOnly switches the names-only view
   */
  CanvasTools(BiPredicate<String, Integer> findNext, Consumer<Boolean> setNamesOnly) {
    super(8);
    getStyleClass().add("canvas-tools");
    setManaged(false);
    setVisible(false);
    find.setPromptText("Find stage (Ctrl+F)");
    find.setPrefColumnCount(14);
    find.getStyleClass().add("find-stage");
    find.textProperty()
        .addListener(
            (obs, was, text) -> {
              matchIndex = 0;
              boolean found = text.isBlank() || findNext.test(text, 0);
              find.pseudoClassStateChanged(NOT_FOUND, !found);
            });
    find.setOnAction(
        e -> find.pseudoClassStateChanged(NOT_FOUND, !findNext.test(find.getText(), ++matchIndex)));
    find.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            find.clear();
            setVisible(offered);
            getParent().requestFocus();
            e.consume();
          }
        });
    namesOnly.setFocusTraversable(true);
    namesOnly.selectedProperty().addListener((obs, was, on) -> setNamesOnly.accept(on));
    getChildren().addAll(find, namesOnly);
  }

  /** Shows the tools for a large diagram, or hides them for a small one unless in use. */
  void offer(boolean large, boolean namesOnlyOn) {
    offered = large || namesOnlyOn;
    namesOnly.setSelected(namesOnlyOn);
    setVisible(offered || find.isFocused() || !find.getText().isEmpty());
  }

  void showFind() {
    setVisible(true);
    find.requestFocus();
    find.selectAll();
  }

  TextField findField() {
    return find;
  }
}
