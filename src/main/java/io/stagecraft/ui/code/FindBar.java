package io.stagecraft.ui.code;

import io.stagecraft.core.document.Document;
import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.edit.TextEdit;
import io.stagecraft.core.lang.TextSearch;
import io.stagecraft.core.lang.TextSearch.Match;
import io.stagecraft.core.lang.TextSearch.Query;
import io.stagecraft.ui.Icon;
import io.stagecraft.ui.model.EditorModel;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.fxmisc.richtext.CodeArea;

/**
 * The code pane's find and replace bar (Ctrl+F, Ctrl+H). Matches are marked as the pattern is typed
 * and follow the text as it changes; Enter and F3 go to the next match, Shift+Enter and Shift+F3 to
 * the one before, Escape closes the bar and returns to the code. Replace changes the match that is
 * selected and moves on; Replace All is one edit, so one undo takes it back.
 */
public final class FindBar extends VBox {
  /** How long the text rests before the matches are looked for again after an edit. */
  private static final Duration RESEARCH_DELAY = Duration.millis(120);

  private final CodeArea area;
  private final EditorModel model;
  private final TextField findField = new TextField();
  private final TextField replaceField = new TextField();
  private final ToggleButton matchCase = toggle("Aa", "Match case");
  private final ToggleButton regex = toggle(".*", "Regular expression");
  private final ToggleButton wholeWord = toggle("W", "Whole words");
  private final Label count = new Label();
  private final HBox replaceRow;
  private final MatchHighlights highlights;
  private final PauseTransition research = new PauseTransition(RESEARCH_DELAY);
  private TextSearch.Result result = TextSearch.Result.NONE;

  public FindBar(CodeArea area, EditorModel model) {
    this.area = area;
    this.model = model;
    this.highlights = new MatchHighlights(area, "find-match");
    getStyleClass().add("find-bar");
    findField.setPromptText("Find");
    findField.setId("find-field");
    replaceField.setPromptText("Replace");
    replaceField.setId("replace-field");
    count.getStyleClass().add("find-count");
    count.setMinWidth(Label.USE_PREF_SIZE);
    Button previous = button("\u2191", "Previous match (Shift+Enter, Shift+F3)", this::previous);
    Button next = button("\u2193", "Next match (Enter, F3)", this::next);
    Button close = new Button(null, Icon.CLOSE.node());
    close.setTooltip(new Tooltip("Close (Escape)"));
    close.setOnAction(e -> close());
    close.getStyleClass().add("flat");
    HBox findRow =
        new HBox(4, findField, matchCase, regex, wholeWord, count, previous, next, close);
    Button replace = button("Replace", "Replace this match and go to the next", this::replace);
    Button replaceAll =
        button("Replace All", "Replace every match, as one undo step", this::replaceAll);
    replaceRow = new HBox(4, replaceField, replace, replaceAll);
    for (HBox row : new HBox[] {findRow, replaceRow}) {
      row.setAlignment(Pos.CENTER_LEFT);
    }
    HBox.setHgrow(findField, Priority.ALWAYS);
    HBox.setHgrow(replaceField, Priority.ALWAYS);
    getChildren().addAll(findRow, replaceRow);
    setSpacing(4);
    hideBar();
    findField.textProperty().addListener((obs, was, now) -> searchFromSelection());
    for (ToggleButton option : new ToggleButton[] {matchCase, regex, wholeWord}) {
      option.selectedProperty().addListener((obs, was, now) -> searchFromSelection());
    }
    addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    research.setOnFinished(e -> search());
    model.addObserver(
        new EditorModel.DocumentObserver() {
          @Override
          public void replaced(Document document) {
            textChanged();
          }

          @Override
          public void changed(Document document, DocumentEdit edit, String before) {
            textChanged();
          }
        });
  }

  /** Opens the bar to find, with the selected text (on one line) as the pattern. */
  public void showFind() {
    open(false);
  }

  /** Opens the bar to find and replace. */
  public void showReplace() {
    open(true);
  }

  private void open(boolean withReplace) {
    String selected = area.getSelectedText();
    if (!selected.isEmpty() && selected.indexOf('\n') < 0) {
      findField.setText(selected);
    }
    setVisible(true);
    setManaged(true);
    replaceRow.setVisible(withReplace);
    replaceRow.setManaged(withReplace);
    findField.requestFocus();
    findField.selectAll();
    search();
  }

  /** Closes the bar, removes the marks and gives the code the focus again. */
  public void close() {
    hideBar();
    highlights.clear();
    area.requestFocus();
  }

  private void hideBar() {
    setVisible(false);
    setManaged(false);
  }

  public boolean isOpen() {
    return isVisible();
  }

  /** The matches of the pattern in the current text. */
  public TextSearch.Result result() {
    return result;
  }

  /** How many matches are marked on screen now. */
  public int markedCount() {
    return highlights.drawnCount();
  }

  /** What the count label says: "2 of 5", "No results", or why the pattern is invalid. */
  public String status() {
    return count.getText();
  }

  public TextField findField() {
    return findField;
  }

  public TextField replaceField() {
    return replaceField;
  }

  public void setOptions(boolean caseSensitive, boolean regularExpression, boolean wholeWords) {
    matchCase.setSelected(caseSensitive);
    regex.setSelected(regularExpression);
    wholeWord.setSelected(wholeWords);
  }

  /**
   * Selects the next match after the selection, wrapping round; opens the bar when it has no
   * pattern yet (F3 before any Ctrl+F).
   */
  public void next() {
    if (!hasPattern()) {
      showFind();
      return;
    }
    go(result.nextFrom(area.getSelection().getEnd()));
  }

  /**
   * Selects the match before the selection, wrapping round; opens the bar as {@link #next} does.
   */
  public void previous() {
    if (!hasPattern()) {
      showFind();
      return;
    }
    go(result.previousFrom(area.getSelection().getStart()));
  }

  private boolean hasPattern() {
    return isOpen() && !findField.getText().isEmpty();
  }

  /** Replaces the selected match, or selects the next one when no match is selected. */
  public void replace() {
    int selected = selectedMatch();
    if (selected < 0) {
      next();
      return;
    }
    Match match = result.matches().get(selected);
    String text = model.document().text();
    String replacement = TextSearch.replacementFor(text, query(), match, replaceField.getText());
    model.apply(
        DocumentEdit.of(
            "Replace", new TextEdit(match.start(), match.end() - match.start(), replacement)));
    area.moveTo(match.start() + replacement.length());
    search();
    next();
  }

  /** Replaces every match as one edit. */
  public void replaceAll() {
    if (model.document() == null) {
      return;
    }
    DocumentEdit edit =
        TextSearch.replaceAll(model.document().text(), query(), replaceField.getText());
    if (!edit.isEmpty()) {
      model.apply(edit);
      search();
      count.setText(edit.edits().size() + " replaced");
    }
  }

  private void go(int index) {
    if (index < 0) {
      return;
    }
    Match m = result.matches().get(index);
    area.selectRange(m.start(), m.end());
    area.requestFollowCaret();
    showCount(index);
    mark(index);
  }

  private int selectedMatch() {
    return result.indexOf(area.getSelection().getStart(), area.getSelection().getEnd());
  }

  private Query query() {
    return new Query(
        findField.getText(), matchCase.isSelected(), regex.isSelected(), wholeWord.isSelected());
  }

  /** The pattern changed: look again and select the first match from where the search began. */
  private void searchFromSelection() {
    search();
    if (!result.matches().isEmpty()) {
      go(result.nextFrom(area.getSelection().getStart()));
    }
  }

  private void textChanged() {
    if (isOpen()) {
      research.playFromStart();
    }
  }

  private void search() {
    research.stop();
    Document document = model.document();
    result =
        document == null || !isOpen()
            ? TextSearch.Result.NONE
            : TextSearch.find(document.text(), query());
    findField.pseudoClassStateChanged(
        javafx.css.PseudoClass.getPseudoClass("not-found"),
        !findField.getText().isEmpty() && result.matches().isEmpty());
    int selected = selectedMatch();
    showCount(selected);
    mark(selected);
  }

  /** Marks every match but the selected one, which the selection itself shows. */
  private void mark(int selected) {
    if (selected < 0) {
      highlights.show(result.matches());
      return;
    }
    List<Match> others = new ArrayList<>(result.matches());
    others.remove(selected);
    highlights.show(others);
  }

  private void showCount(int current) {
    if (result.error() != null) {
      count.setText(result.error());
    } else if (findField.getText().isEmpty()) {
      count.setText("");
    } else if (result.matches().isEmpty()) {
      count.setText("No results");
    } else {
      String total = result.matches().size() + (result.truncated() ? "+" : "");
      count.setText(current >= 0 ? (current + 1) + " of " + total : total + " found");
    }
  }

  private void key(KeyEvent e) {
    boolean handled = true;
    if (e.getCode() == KeyCode.ESCAPE) {
      close();
    } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F3) {
      if (e.isShiftDown()) {
        previous();
      } else if (e.getCode() == KeyCode.ENTER && replaceField.isFocused()) {
        replace();
      } else {
        next();
      }
    } else {
      handled = false;
    }
    if (handled) {
      e.consume();
    }
  }

  private static ToggleButton toggle(String text, String tip) {
    ToggleButton b = new ToggleButton(text);
    b.setTooltip(new Tooltip(tip));
    b.setFocusTraversable(false);
    b.getStyleClass().add("find-option");
    return b;
  }

  private static Button button(String text, String tip, Runnable action) {
    Button b = new Button(text);
    b.setTooltip(new Tooltip(tip));
    b.setOnAction(e -> action.run());
    b.setMinWidth(Button.USE_PREF_SIZE);
    return b;
  }
}
