package io.stagecraft.ui.code;

import io.stagecraft.core.model.Stage;
import io.stagecraft.ui.model.DiagramSnapshot;
import io.stagecraft.ui.model.EditorModel;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import org.fxmisc.richtext.CodeArea;

/**
 * The stages of the file as a list above the code that follows the caret: it names the stage the
 * caret is in, and choosing a stage puts the caret on its FROM line.
 */
public final class StageOutlineBar extends ComboBox<StageOutlineBar.Entry> {
  /** A stage as the list shows it. */
  public record Entry(int index, String label, String base, int line) {
    static Entry of(Stage s) {
      return new Entry(s.index(), s.label(), s.base(), s.line());
    }

    @Override
    public String toString() {
      return (label.equals(Integer.toString(index)) ? "stage " + index : label)
          + "  \u00B7  "
          + base;
    }
  }

  private final CodeArea area;
  private final EditorModel model;
  private boolean following;

  public StageOutlineBar(CodeArea area, EditorModel model) {
    this.area = area;
    this.model = model;
    getStyleClass().add("stage-outline");
    setTooltip(new Tooltip("The stage at the caret; choose one to go to it"));
    // Shown when the caret is above the first FROM, or the file has no stage.
    promptTextProperty()
        .bind(
            javafx.beans.binding.Bindings.when(javafx.beans.binding.Bindings.isEmpty(getItems()))
                .then("No stages")
                .otherwise("Go to stage\u2026"));
    setVisibleRowCount(16);
    setMaxWidth(320);
    setCellFactory(v -> new EntryCell());
    setButtonCell(new EntryCell());
    setFocusTraversable(false);
    model.snapshotProperty().addListener((obs, was, snapshot) -> snapshotArrived(snapshot));
    area.currentParagraphProperty().addListener((obs, was, now) -> follow());
    valueProperty()
        .addListener(
            (obs, was, chosen) -> {
              if (!following && chosen != null) {
                go(chosen);
              }
            });
    snapshotArrived(model.currentSnapshot());
  }

  private void snapshotArrived(DiagramSnapshot snapshot) {
    if (snapshot == null || !snapshot.isCurrent()) {
      return;
    }
    List<Entry> entries = snapshot.graph().stages().stream().map(Entry::of).toList();
    if (!entries.equals(getItems())) {
      following = true;
      try {
        getItems().setAll(entries);
      } finally {
        following = false;
      }
    }
    follow();
  }

  /** Names the stage whose lines hold the caret. */
  private void follow() {
    int line = area.getCurrentParagraph() + 1;
    Entry here = null;
    for (Entry e : getItems()) {
      if (e.line() <= line) {
        here = e;
      }
    }
    if (!Objects.equals(here, getValue())) {
      following = true;
      try {
        setValue(here);
      } finally {
        following = false;
      }
    }
  }

  private void go(Entry chosen) {
    int paragraph = Math.min(chosen.line() - 1, area.getParagraphs().size() - 1);
    if (paragraph < 0) {
      return;
    }
    area.moveTo(paragraph, 0);
    area.showParagraphAtTop(Math.max(0, paragraph - 2));
    area.requestFocus();
  }

  private static final class EntryCell extends ListCell<Entry> {
    @Override
    protected void updateItem(Entry item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty || item == null ? null : item.toString());
    }
  }
}
