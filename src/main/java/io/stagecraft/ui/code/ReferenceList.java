package io.stagecraft.ui.code;

import io.stagecraft.core.lang.TextSearch.Match;
import io.stagecraft.core.syntax.SourceRange;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;

/**
 * The references of a stage or variable (Shift+F12): every use is marked in the code, and a list at
 * the caret shows each with its line; Enter or a double-click goes there, Escape closes the list
 * and the marks.
 */
final class ReferenceList {
  private final CodeArea area;
  private final Popup popup = new Popup();
  private final ListView<SourceRange> list = new ListView<>();
  private final MatchHighlights highlights;

  ReferenceList(CodeArea area) {
    this.area = area;
    this.highlights = new MatchHighlights(area, "reference-match");
    list.getStyleClass().add("completion-list");
    list.setPrefSize(520, 200);
    list.setCellFactory(v -> new ReferenceCell());
    list.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2) {
            go();
          }
        });
    list.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    popup.getContent().add(list);
    popup.setAutoHide(true);
    popup.setOnAutoHide(e -> highlights.clear());
  }

  /** Marks the ranges and lists them at the caret, the one at the caret selected. */
  void show(List<SourceRange> ranges) {
    highlights.show(ranges.stream().map(r -> new Match(r.start(), r.end())).toList());
    list.getItems().setAll(ranges);
    int caret = area.getCaretPosition();
    int here = 0;
    for (int i = 0; i < ranges.size(); i++) {
      if (ranges.get(i).start() <= caret && caret <= ranges.get(i).end()) {
        here = i;
      }
    }
    list.getSelectionModel().select(here);
    list.scrollTo(here);
    CaretPopup.showBelowCaret(popup, area);
    list.requestFocus();
  }

  /** The references listed, for tests; empty when the list is closed. */
  List<SourceRange> shown() {
    return popup.isShowing() ? List.copyOf(list.getItems()) : List.of();
  }

  /** Goes to the selected reference and closes the list. */
  void go() {
    SourceRange r = list.getSelectionModel().getSelectedItem();
    close();
    if (r != null) {
      area.selectRange(r.start(), r.end());
      area.requestFollowCaret();
    }
  }

  void close() {
    popup.hide();
    highlights.clear();
    area.requestFocus();
  }

  private void key(KeyEvent e) {
    if (e.getCode() == KeyCode.ENTER) {
      e.consume();
      go();
    } else if (e.getCode() == KeyCode.ESCAPE) {
      e.consume();
      close();
    }
  }

  /** A reference as the list shows it: its line number and the line's text. */
  private final class ReferenceCell extends ListCell<SourceRange> {
    @Override
    protected void updateItem(SourceRange r, boolean empty) {
      super.updateItem(r, empty);
      if (empty || r == null) {
        setText(null);
        return;
      }
      int paragraph = r.line() - 1;
      String line = paragraph < area.getParagraphs().size() ? area.getText(paragraph).strip() : "";
      setText("Ln " + (paragraph + 1) + "   " + line);
    }
  }
}
