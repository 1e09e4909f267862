package io.stagecraft.ui.code;

import io.stagecraft.core.document.Document;
import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.edit.TextEdit;
import io.stagecraft.core.lint.Problem;
import io.stagecraft.core.model.Edge;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.syntax.SourceRange;
import io.stagecraft.layout.DiagramBuilder;
import io.stagecraft.ui.derive.DerivationPipeline;
import io.stagecraft.ui.model.DiagramSnapshot;
import io.stagecraft.ui.model.EditorModel;
import io.stagecraft.ui.model.Selection;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * The Dockerfile code pane. It shows the document's text and turns typing into document edits;
 * edits that come from elsewhere (the canvas, undo) are replayed onto it piece by piece.
 *
 * <p>The two directions cannot echo: typing is forwarded only while the area's text differs from
 * the document's, and document edits are replayed only while it differs the other way, so once
 * either side has caught up the other has nothing to do.
 */
public final class CodePane extends StackPane {
  private final EditorModel model;
  private final CodeArea area = new PartialRepaintCodeArea();
  private final Popup diagnosticPopup = new Popup();
  private final Label diagnosticLabel = new Label();

  private final ParagraphRestyler restyler = new ParagraphRestyler(area);

  /**
   * Where the last keystroke left off, and in which revision: typing on from there joins its undo
   * step.
   */
  private int typedUpTo = -1;

  private long typedRevision = -1;

  /** The style class of the line a build is running. */
  public static final String BUILD_LINE = "build-line";

  private int buildLine;

  public CodePane(EditorModel model) {
    this.model = model;
    getStyleClass().add("code-pane");
    area.getStyleClass().add("dockerfile-code");
    area.setParagraphGraphicFactory(LineNumberFactory.get(area));
    area.setUndoManager(UndoUtils.noOpUndoManager());
    area.setMouseOverTextDelay(Duration.ofMillis(350));
    area.setWrapText(false);
    getChildren().add(new VirtualizedScrollPane<>(area));
    routeUndoToDocument();
    area.multiPlainChanges().subscribe(changes -> changes.forEach(restyler::textChanged));
    area.multiPlainChanges().subscribe(this::typed);
    area.caretPositionProperty().addListener((obs, was, caret) -> model.selectStageAt(caret));
    model.addObserver(
        new EditorModel.DocumentObserver() {
          @Override
          public void replaced(Document document) {
            restyler.reset();
            area.replaceText(document.text());
            area.moveTo(0);
            area.showParagraphAtTop(0);
          }

          @Override
          public void changed(Document document, DocumentEdit edit, String before) {
            replay(document, edit);
          }
        });
    model.parsedProperty().addListener((obs, was, parsed) -> restyle());
    model.snapshotProperty().addListener((obs, was, snapshot) -> snapshotArrived(snapshot));
    model.selectionProperty().addListener((obs, was, selection) -> reveal(selection));
    setUpDiagnosticHover();
    if (model.document() != null) {
      // Made after the document was loaded (the window makes it once painted): catch up with it.
      area.replaceText(model.document().text());
      area.moveTo(0);
      area.showParagraphAtTop(0);
      restyle();
      snapshotArrived(model.currentSnapshot());
    }
  }

  public CodeArea area() {
    return area;
  }

  /**
   * Marks the 1-based line a build is running, or no line with 0. The mark is a paragraph style: it
   * is view state and never touches the text or its undo history.
   */
  public void markBuildLine(int line) {
    int paragraphs = area.getParagraphs().size();
    if (buildLine > 0 && buildLine <= paragraphs) {
      area.setParagraphStyle(buildLine - 1, List.of());
    }
    buildLine = line > 0 && line <= paragraphs ? line : 0;
    if (buildLine > 0) {
      area.setParagraphStyle(buildLine - 1, List.of(BUILD_LINE));
      area.showParagraphInViewport(buildLine - 1);
    }
  }

  /** The line {@link #markBuildLine} marked, or 0. */
  public int markedBuildLine() {
    return buildLine;
  }

  /** The 1-based line the caret is on. */
  public int caretLine() {
    return area.getCurrentParagraph() + 1;
  }

  /**
   * Gives the code a context menu. A right-click outside the selection first moves the caret there,
   * so the menu's commands act on the line that was clicked.
   */
  public void setContextMenu(ContextMenu menu) {
    area.setContextMenu(menu);
    area.addEventFilter(
        ContextMenuEvent.CONTEXT_MENU_REQUESTED,
        e -> {
          if (e.isKeyboardTrigger()) {
            return;
          }
          int at = area.hit(e.getX(), e.getY()).getInsertionIndex();
          IndexRange selected = area.getSelection();
          if (selected.getLength() == 0 || at < selected.getStart() || at > selected.getEnd()) {
            area.moveTo(at);
          }
        });
  }

  /**
   * Selects the 1-based line, scrolls to it and gives the area the focus, as a jump to an error
   * does.
   */
  public void showLine(int line) {
    if (line < 1 || line > area.getParagraphs().size()) {
      return;
    }
    int start = area.getAbsolutePosition(line - 1, 0);
    area.selectRange(start, start + area.getParagraphLength(line - 1));
    area.showParagraphAtTop(Math.max(0, line - 4));
    area.requestFocus();
  }

  private void routeUndoToDocument() {
    Nodes.addInputMap(
        area,
        InputMap.sequence(
            InputMap.consume(
                EventPattern.keyPressed(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                e -> model.undo()),
            InputMap.consume(
                EventPattern.keyPressed(
                    KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                e -> model.redo()),
            InputMap.consume(
                EventPattern.keyPressed(KeyCode.Y, KeyCombination.SHORTCUT_DOWN),
                e -> model.redo())));
  }

  /**
   * The user changed the area: hand the change to the document, unless the area only caught up.
   * Both the edit and the check come from the changes themselves, so a keystroke costs the same in
   * a file of any length.
   */
  private void typed(List<PlainTextChange> changes) {
    Document document = model.document();
    ChangedSpan span = ChangedSpan.of(changes);
    if (document == null || span.areaHolds(area, document.text())) {
      return;
    }
    if (changes.size() != 1) {
      model.applyTyping(DocumentEdit.of("Typing", span.asEdit(area)), false);
      typedUpTo = -1;
      return;
    }
    PlainTextChange c = changes.get(0);
    boolean sameLine = c.getInserted().indexOf('\n') < 0 && c.getRemoved().indexOf('\n') < 0;
    boolean continues =
        typedRevision == document.revision()
            && (c.getPosition() == typedUpTo
                || c.getPosition() + c.getRemoved().length() == typedUpTo);
    model.applyTyping(
        DocumentEdit.of(
            "Typing", new TextEdit(c.getPosition(), c.getRemoved().length(), c.getInserted())),
        sameLine && continues);
    typedUpTo = sameLine ? c.getPosition() + c.getInserted().length() : -1;
    typedRevision = document.revision();
  }

  /** The document changed: apply the same replacements to the area, unless it already has them. */
  private void replay(Document document, DocumentEdit edit) {
    if (ChangedSpan.of(edit).areaHolds(area, document.text())) {
      return;
    }
    var change = area.createMultiChange(edit.edits().size());
    List<TextEdit> edits = edit.edits();
    // Back to front, so each replacement's offsets are still those of the text before the edit.
    // They
    // are absolute: the builder's "relative" shifting would move a replacement that ends where the
    // one after it starts.
    for (int i = edits.size() - 1; i >= 0; i--) {
      TextEdit e = edits.get(i);
      change.replaceTextAbsolutely(e.offset(), e.end(), e.replacement());
    }
    change.commit();
  }

  /** Gives the area the highlighting of its text, once the background has parsed this text. */
  private void restyle() {
    DerivationPipeline.Parsed parsed = model.currentParse();
    if (parsed != null) {
      restyler.restyle(parsed.styles(), parsed.changedLines(), parsed.stylesBase());
    }
  }

  /** The restyling of the area, for tests and benchmarks. */
  public ParagraphRestyler restyler() {
    return restyler;
  }

  private void snapshotArrived(DiagramSnapshot snapshot) {
    if (snapshot != null
        && snapshot.isCurrent()
        && snapshot.document() == model.document()
        && area.isFocused()) {
      model.selectStageAt(area.getCaretPosition());
    }
  }

  /** Shows the text of what the canvas selected, with the caret at its start. */
  private void reveal(Selection selection) {
    if (selection.origin() != Selection.Origin.CANVAS || selection.isEmpty()) {
      return;
    }
    DiagramSnapshot s = model.currentSnapshot();
    if (s == null) {
      return;
    }
    SourceRange range = rangeOf(s.graph(), selection);
    if (range == null) {
      return;
    }
    int end = Math.min(range.end(), area.getLength());
    if (end > range.start() && area.getText(end - 1, end).equals("\n")) {
      end--;
    }
    area.selectRange(end, range.start());
    area.showParagraphAtTop(Math.max(0, range.line() - 3));
  }

  private static SourceRange rangeOf(StageGraph graph, Selection selection) {
    if (selection.edgeIndex() >= 0 && selection.edgeIndex() < graph.edges().size()) {
      Edge e = graph.edges().get(selection.edgeIndex());
      return e.instruction().range();
    }
    for (Stage stage : graph.stages()) {
      if (DiagramBuilder.stageId(stage).equals(selection.nodeId())) {
        return stage.range();
      }
    }
    return null;
  }

  private void setUpDiagnosticHover() {
    diagnosticLabel.getStyleClass().add("diagnostic-popup");
    diagnosticLabel.setWrapText(true);
    diagnosticLabel.setMaxWidth(480);
    diagnosticPopup.getContent().add(diagnosticLabel);
    area.addEventHandler(
        MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN,
        e -> {
          String message = diagnosticsAt(e.getCharacterIndex());
          if (!message.isEmpty()) {
            diagnosticLabel.setText(message);
            Point2D at = e.getScreenPosition();
            diagnosticPopup.show(area, at.getX(), at.getY() + 12);
          }
        });
    area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> diagnosticPopup.hide());
  }

  /** The messages of the diagnostics at a character of the current text, one per line. */
  public String diagnosticsAt(int offset) {
    DerivationPipeline.Parsed parsed = model.currentParse();
    if (parsed == null) {
      return "";
    }
    Stream<String> syntax =
        parsed.graph().diagnostics().stream()
            .filter(d -> covers(d.range(), offset))
            .map(d -> d.severity().label() + ": " + d.message());
    Stream<String> lint =
        parsed.lint().problems().stream()
            .filter(p -> covers(p.range(), offset))
            .map(CodePane::describe);
    // A stage reference's "did you mean" fix (ADR 17), offered with the lint fixes.
    Stream<String> fixes =
        io.stagecraft.ui.ReferenceFixItems.fixes(parsed.graph(), offset, offset).stream()
            .map(f -> "Alt+Enter or right-click: " + f.title());
    return Stream.concat(Stream.concat(syntax, lint), fixes).collect(Collectors.joining("\n"));
  }

  /** A lint problem as the hover shows it: what, which rule, and what the rule is about. */
  private static String describe(Problem p) {
    return p.severity().label()
        + ": "
        + p.message()
        + " ("
        + p.ruleId()
        + ")\n  "
        + p.rule().title()
        + (p.fixes().isEmpty() ? "" : " \u2014 Alt+Enter offers a fix");
  }

  private static boolean covers(SourceRange r, int offset) {
    return offset >= r.start() && (offset < r.end() || (r.length() == 0 && offset == r.start()));
  }
}
