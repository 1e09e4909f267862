package io.stagecraft.ui.code;

import io.stagecraft.core.document.Document;
import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.edit.EditException;
import io.stagecraft.core.edit.TextEdit;
import io.stagecraft.core.lang.Analysis;
import io.stagecraft.core.lang.CompletionItem;
import io.stagecraft.core.lang.Completions;
import io.stagecraft.core.lang.DockerfileFormatter;
import io.stagecraft.core.lang.Hovers;
import io.stagecraft.core.lang.Navigation;
import io.stagecraft.core.lang.Renames;
import io.stagecraft.core.lint.LintReport;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.syntax.SourceRange;
import io.stagecraft.ui.derive.DerivationPipeline;
import io.stagecraft.ui.model.EditorModel;
import io.stagecraft.ui.model.EditorModel.DocumentObserver;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;

/**
 * The code pane's language features, all answered by the core's language services and applied as
 * document edits (one undo step each): completion (Ctrl+Space, and on its own after {@code
 * --from=}, {@code from=}, {@code $} and <code>${</code>), go to definition (F12 or Ctrl+click),
 * references (Shift+F12), find and replace (Ctrl+F, Ctrl+H, F3), go to line (Ctrl+G), toggle
 * comment (Ctrl+/), format (Ctrl+Alt+L or Shift+Alt+F), rename (F2 on a name) and folding of stages
 * (Ctrl+Shift+[ and Ctrl+Shift+]).
 */
public final class CodeAssist {
  /** Asks the user for a line of text: a title, a label, and the initial value. */
  public interface TextAsker {
    Optional<String> ask(String title, String label, String initial);
  }

  private final CodePane pane;
  private final CodeArea area;
  private final Popup hoverPopup = new Popup();
  private final Label hoverLabel = new Label();
  private final EditorModel model;
  private final TextAsker asker;
  private final Consumer<String> notice;
  private final Popup popup = new Popup();
  private final ListView<CompletionItem> list = new ListView<>();
  private boolean swallowTyped;
  private final FindBar findBar;
  private final StageFolds folds;
  private final ReferenceList references;
  private Supplier<List<String>> localImages = List::of;

  /**
   * @param notice shows a short message in the window (a rename warning, "no definition")
   */
  public CodeAssist(CodePane pane, EditorModel model, TextAsker asker, Consumer<String> notice) {
    this.pane = pane;
    this.area = pane.area();
    this.model = model;
    this.asker = asker;
    this.notice = notice;
    this.findBar = new FindBar(area, model);
    this.folds = new StageFolds(area, model, this::analysis);
    this.references = new ReferenceList(area);
    list.getStyleClass().add("completion-list");
    list.setPrefSize(460, 220);
    list.setCellFactory(v -> new CompletionCell());
    list.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2) {
            accept();
          }
        });
    list.addEventFilter(KeyEvent.KEY_PRESSED, this::popupKey);
    popup.getContent().add(list);
    popup.setAutoHide(true);
    area.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    area.addEventFilter(KeyEvent.KEY_TYPED, this::swallow);
    area.addEventFilter(KeyEvent.KEY_RELEASED, e -> swallowTyped = false);
    area.addEventHandler(KeyEvent.KEY_TYPED, this::typed);
    area.addEventFilter(MouseEvent.MOUSE_CLICKED, this::clicked);
    hoverLabel.getStyleClass().add("diagnostic-popup");
    hoverLabel.setWrapText(true);
    hoverLabel.setMaxWidth(520);
    hoverPopup.getContent().add(hoverLabel);
    area.addEventHandler(
        MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN,
        e -> {
          String doc = hoverText(e.getCharacterIndex());
          if (!doc.isEmpty()) {
            hoverLabel.setText(doc);
            hoverPopup.show(area, e.getScreenPosition().getX(), e.getScreenPosition().getY() + 14);
          }
        });
    area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hoverPopup.hide());
    model.addObserver(
        new DocumentObserver() {
          @Override
          public void replaced(Document document) {
            popup.hide();
          }

          @Override
          public void changed(Document document, DocumentEdit edit, String before) {}
        });
  }

  private static final KeyCombination COMPLETE =
      new KeyCodeCombination(KeyCode.SPACE, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCombination GO_TO_LINE =
      new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCombination TOGGLE_COMMENT =
      new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCombination FORMAT =
      new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN);
  private static final KeyCombination FORMAT_VS_CODE =
      new KeyCodeCombination(KeyCode.F, KeyCombination.SHIFT_DOWN, KeyCombination.ALT_DOWN);
  private static final KeyCombination DEFINITION = new KeyCodeCombination(KeyCode.F12);
  private static final KeyCombination RENAME = new KeyCodeCombination(KeyCode.F2);
  private static final KeyCombination REFERENCES =
      new KeyCodeCombination(KeyCode.F12, KeyCombination.SHIFT_DOWN);
  private static final KeyCombination FIND =
      new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCombination REPLACE =
      new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCombination FIND_NEXT = new KeyCodeCombination(KeyCode.F3);
  private static final KeyCombination FIND_PREVIOUS =
      new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN);
  private static final KeyCombination FOLD =
      new KeyCodeCombination(
          KeyCode.OPEN_BRACKET, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
  private static final KeyCombination UNFOLD =
      new KeyCodeCombination(
          KeyCode.CLOSE_BRACKET, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

  private void key(KeyEvent e) {
    Runnable action = null;
    if (COMPLETE.match(e)) {
      action = this::complete;
    } else if (GO_TO_LINE.match(e)) {
      action = this::goToLine;
    } else if (TOGGLE_COMMENT.match(e)) {
      action = this::toggleComment;
    } else if (FORMAT.match(e) || FORMAT_VS_CODE.match(e)) {
      action = this::format;
    } else if (DEFINITION.match(e)) {
      action = this::goToDefinition;
    } else if (RENAME.match(e)) {
      action = this::rename;
    } else if (REFERENCES.match(e)) {
      action = this::findReferences;
    } else if (FIND.match(e)) {
      action = findBar::showFind;
    } else if (REPLACE.match(e)) {
      action = findBar::showReplace;
    } else if (FIND_NEXT.match(e)) {
      action = findBar::next;
    } else if (FIND_PREVIOUS.match(e)) {
      action = findBar::previous;
    } else if (FOLD.match(e)) {
      action = folds::foldAtCaret;
    } else if (UNFOLD.match(e)) {
      action = folds::unfoldAtCaret;
    }
    if (action != null) {
      e.consume();
      swallowTyped = true;
      action.run();
    }
  }

  /**
   * Drops the character a handled shortcut may still type (Alt+Shift+F types "F" on some systems).
   */
  private void swallow(KeyEvent e) {
    if (swallowTyped) {
      e.consume();
      swallowTyped = false;
    }
  }

  /** Opens completion by itself after the characters that start a reference. */
  private void typed(KeyEvent e) {
    String ch = e.getCharacter();
    // The area inserts the character after this handler: look once it has.
    Platform.runLater(() -> afterTyping(ch));
  }

  private void afterTyping(String ch) {
    if (ch.equals("$") || ch.equals("{")) {
      complete();
      return;
    }
    if (ch.equals("=")) {
      int caret = area.getCaretPosition();
      String before = area.getText(Math.max(0, caret - 7), caret);
      // "from=" covers COPY's --from= and a mount's from=.
      if (before.endsWith("from=") || before.endsWith("type=")) {
        complete();
      }
    } else if (popup.isShowing()) {
      complete();
    }
  }

  private void clicked(MouseEvent e) {
    if (e.getButton() == MouseButton.PRIMARY && e.isShortcutDown()) {
      goToDefinition();
    }
  }

  /**
   * The analysis of the document's current text. The background has usually parsed and linted this
   * very revision already, with the project's settings and the Dockerfile's configuration, and its
   * report is shared rather than linted again here. Only a request that comes before the background
   * has parsed the revision is parsed here, without lint: the pane shows no problems of it yet.
   */
  private Analysis analysis() {
    DerivationPipeline.Parsed parsed = model.currentParse();
    return parsed != null
        ? new Analysis(parsed.graph(), parsed.lint())
        : new Analysis(StageGraph.parse(model.document().text()), LintReport.EMPTY);
  }

  /**
   * The documentation of the word at {@code offset} as plain text: the instruction, flag or mount
   * key's reference, a variable's value, a stage. Empty where the code pane shows a problem
   * instead.
   */
  public String hoverText(int offset) {
    if (model.document() == null || !pane.diagnosticsAt(offset).isEmpty()) {
      return "";
    }
    Hovers.Hover h = Hovers.at(analysis(), offset);
    return h == null ? "" : plain(h.markdown());
  }

  /** Markdown as the popup's plain text shows it: no fences, emphasis or backticks. */
  static String plain(String markdown) {
    return markdown
        .replaceAll("```[a-z]*\\n?", "")
        .replaceAll("\\[([^\\]]+)\\]\\(([^)]+)\\)", "$1: $2")
        .replace("**", "")
        .replace("`", "")
        .replace("\n---\n", "\n")
        .strip();
  }

  /**
   * Where completion after FROM finds the engine's local images: a supplier that answers at once,
   * with what it has (the engine is asked in the background).
   */
  public void setLocalImages(Supplier<List<String>> images) {
    this.localImages = images;
  }

  /** Shows the completions at the caret, or hides the list when there are none. */
  public void complete() {
    if (model.document() == null) {
      return;
    }
    List<CompletionItem> items =
        Completions.at(analysis(), area.getCaretPosition(), localImages.get());
    if (items.isEmpty()) {
      popup.hide();
      return;
    }
    list.getItems().setAll(items);
    list.getSelectionModel().select(0);
    list.scrollTo(0);
    CaretPopup.showBelowCaret(popup, area);
  }

  /** The completions shown, for tests; empty when the list is hidden. */
  public List<CompletionItem> shownCompletions() {
    return popup.isShowing() ? List.copyOf(list.getItems()) : List.of();
  }

  private void popupKey(KeyEvent e) {
    if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.TAB) {
      e.consume();
      accept();
    } else if (e.getCode() == KeyCode.ESCAPE) {
      e.consume();
      popup.hide();
      area.requestFocus();
    }
  }

  /** Inserts the selected completion as one edit. */
  public void accept() {
    CompletionItem item = list.getSelectionModel().getSelectedItem();
    popup.hide();
    if (item == null || model.document() == null) {
      return;
    }
    model.apply(
        DocumentEdit.of(
            "Complete " + item.label(),
            new TextEdit(
                item.replaceStart(), item.replaceEnd() - item.replaceStart(), item.insertText())));
    area.moveTo(item.replaceStart() + item.insertText().length());
    area.requestFocus();
  }

  /** Moves the caret to the declaration of the stage or variable at the caret. */
  public void goToDefinition() {
    if (model.document() == null) {
      return;
    }
    SourceRange r = Navigation.definition(analysis(), area.getCaretPosition());
    if (r == null) {
      notice.accept("No stage or variable declared here.");
      return;
    }
    area.selectRange(r.end(), r.start());
    area.requestFollowCaret();
  }

  /** Marks and lists every use of the stage or variable at the caret. */
  public void findReferences() {
    if (model.document() == null) {
      return;
    }
    List<SourceRange> found = Navigation.references(analysis(), area.getCaretPosition());
    if (found.isEmpty()) {
      notice.accept("No stage or variable here to find the uses of.");
      return;
    }
    notice.accept(found.size() == 1 ? "1 place names it." : found.size() + " places name it.");
    references.show(found);
  }

  /** The references listed, for tests; empty when the list is closed. */
  public List<SourceRange> shownReferences() {
    return references.shown();
  }

  /** The find and replace bar, which the window places above the code. */
  public FindBar findBar() {
    return findBar;
  }

  /** The folding of stages. */
  public StageFolds folds() {
    return folds;
  }

  /** Asks for a line number and moves there. */
  public void goToLine() {
    int lines = area.getParagraphs().size();
    asker
        .ask(
            "Go to Line",
            "Line (1–" + lines + "):",
            Integer.toString(area.getCurrentParagraph() + 1))
        .ifPresent(
            answer -> {
              try {
                goToLine(Integer.parseInt(answer.strip()));
              } catch (NumberFormatException e) {
                notice.accept("\"" + answer + "\" is not a line number.");
              }
            });
  }

  /** Moves the caret to the start of a 1-based line, clamped to the text. */
  public void goToLine(int line) {
    int paragraph = Math.max(0, Math.min(line, area.getParagraphs().size()) - 1);
    area.moveTo(paragraph, 0);
    area.requestFollowCaret();
  }

  /**
   * Comments out the selected lines (or the caret's), or removes their comment marks when every one
   * of them is a comment. One edit, so one undo restores them.
   */
  public void toggleComment() {
    String text = model.document().text();
    int from = area.getSelection().getStart();
    int to =
        Math.max(
            from, area.getSelection().getEnd() - (area.getSelection().getLength() > 0 ? 1 : 0));
    int start = text.lastIndexOf('\n', from - 1) + 1;
    int endLine = text.indexOf('\n', to);
    int end = endLine < 0 ? text.length() : endLine;
    String[] lines = text.substring(start, end).split("\n", -1);
    boolean allComments = true;
    for (String line : lines) {
      if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
        allComments = false;
      }
    }
    List<TextEdit> edits = new java.util.ArrayList<>();
    int offset = start;
    for (String line : lines) {
      int indent = line.length() - line.stripLeading().length();
      if (!line.isBlank()) {
        if (allComments) {
          int hash = offset + indent;
          int length = line.startsWith("# ", indent) ? 2 : 1;
          edits.add(TextEdit.delete(hash, length));
        } else {
          edits.add(TextEdit.insert(offset + indent, "# "));
        }
      }
      offset += line.length() + 1;
    }
    if (!edits.isEmpty()) {
      model.apply(new DocumentEdit(allComments ? "Uncomment" : "Comment", edits));
    }
  }

  /** Formats the selection's instructions, or the whole document when nothing is selected. */
  public void format() {
    Analysis analysis = analysis();
    DockerfileFormatter.Options options = DockerfileFormatter.Options.defaults();
    DocumentEdit edit =
        area.getSelection().getLength() == 0
            ? DockerfileFormatter.document(analysis, options)
            : DockerfileFormatter.range(
                analysis, area.getSelection().getStart(), area.getSelection().getEnd(), options);
    if (edit.isEmpty()) {
      notice.accept("Already formatted.");
    } else {
      model.apply(edit);
    }
  }

  /** Asks for a new name for the stage or variable at the caret, and renames it everywhere. */
  public void rename() {
    Analysis analysis = analysis();
    int caret = area.getCaretPosition();
    Renames.Prepared prepared = Renames.prepare(analysis, caret);
    if (prepared == null) {
      notice.accept("Only a stage or a declared ARG or ENV can be renamed.");
      return;
    }
    asker
        .ask("Rename", "New name for " + prepared.placeholder() + ":", prepared.placeholder())
        .ifPresent(name -> rename(caret, name.strip()));
  }

  /** Renames what {@code offset} names; problems and warnings go to the notice. */
  public void rename(int offset, String newName) {
    try {
      Renames.Result result = Renames.rename(analysis(), offset, newName);
      model.apply(result.edit());
      if (!result.warnings().isEmpty()) {
        notice.accept(String.join(" ", result.warnings()));
      }
    } catch (EditException e) {
      notice.accept(e.getMessage());
    }
  }

  /** A completion as the list shows it: the label, what it is, and its detail. */
  private static final class CompletionCell extends ListCell<CompletionItem> {
    @Override
    protected void updateItem(CompletionItem item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setText(null);
        return;
      }
      String detail = item.detail() == null || item.detail().isEmpty() ? "" : "   " + item.detail();
      setText(item.label() + detail);
    }
  }
}
