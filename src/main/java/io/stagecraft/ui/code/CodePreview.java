package io.stagecraft.ui.code;

import io.stagecraft.core.document.Document;
import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.ui.highlight.DockerfileHighlighter;
import io.stagecraft.ui.highlight.StyledSegment;
import io.stagecraft.ui.model.EditorModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The document's text as the code pane shows it (line numbers, highlighting, the same style
 * classes), drawn with plain text nodes and read-only. It stands in for the {@link CodePane} in the
 * window's first frame: it takes a few milliseconds to make, where the editor takes the better part
 * of a second on a cold start.
 */
public final class CodePreview extends StackPane {
  /** More lines than any screen shows at once. */
  static final int MAX_LINES = 250;

  private static final Font FOLD_MARK_FONT = Font.font("monospace", FontPosture.ITALIC, 13);
  private final EditorModel model;
  private final VBox lines = new VBox();
  private final EditorModel.DocumentObserver observer =
      new EditorModel.DocumentObserver() {
        @Override
        public void replaced(Document document) {
          show(document);
        }

        @Override
        public void changed(Document document, DocumentEdit edit, String before) {
          show(document);
        }
      };

  /** Shows the model's document, and each one it is given until {@link #dispose()}. */
  public CodePreview(EditorModel model) {
    this.model = model;
    getStyleClass().addAll("code-pane", "code-preview");
    lines.getStyleClass().add("dockerfile-code");
    lines.setMinHeight(0);
    StackPane.setAlignment(lines, Pos.TOP_LEFT);
    getChildren().add(lines);
    setMinSize(0, 0);
    Rectangle clip = new Rectangle();
    clip.widthProperty().bind(widthProperty());
    clip.heightProperty().bind(heightProperty());
    setClip(clip);
    setMouseTransparent(true);
    if (model.document() != null) {
      show(model.document());
    }
    model.addObserver(observer);
  }

  /** Stops following the model, once the code pane has taken over. */
  public void dispose() {
    model.removeObserver(observer);
  }

  private void show(Document document) {
    List<List<Text>> rows = rows(document);
    int digits = String.valueOf(document.text().split("\n", -1).length).length();
    List<Node> shown = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Label number = new Label(String.format("%" + digits + "d", i + 1));
      number.getStyleClass().add("lineno");
      number.setMinWidth(Region.USE_PREF_SIZE);
      number.setMaxHeight(Double.MAX_VALUE);
      // RichTextFX's line numbers keep room for a fold mark; so does this, to line the text up with
      // it.
      Text foldMark = new Text("+");
      foldMark.setFont(FOLD_MARK_FONT);
      foldMark.setVisible(false);
      number.setGraphic(foldMark);
      TextFlow text = new TextFlow(rows.get(i).toArray(Node[]::new));
      text.getStyleClass().add("preview-line");
      text.setLineSpacing(1);
      text.setMinWidth(Region.USE_PREF_SIZE);
      shown.add(new HBox(number, text));
    }
    lines.getChildren().setAll(shown);
  }

  /** The text's lines, each as text nodes carrying the highlighter's style classes. */
  private static List<List<Text>> rows(Document document) {
    String text = document.text();
    // A text too large to parse within a keystroke is shown unhighlighted, as the code pane does
    // until
    // the background parse arrives.
    List<StyledSegment> segments =
        text.length() <= EditorModel.syncTextLimit()
            ? DockerfileHighlighter.segments(
                DockerfileHighlighter.ranges(document.graph()), text.length())
            : List.of(new StyledSegment(text.length(), Set.of()));
    List<List<Text>> rows = new ArrayList<>();
    List<Text> row = new ArrayList<>();
    int at = 0;
    for (StyledSegment segment : segments) {
      if (rows.size() >= MAX_LINES) {
        return rows;
      }
      int end = at + segment.length();
      int from = at;
      while (from < end) {
        int newline = text.indexOf('\n', from);
        int to = newline < 0 || newline >= end ? end : newline;
        if (to > from) {
          Text piece = new Text(text.substring(from, to));
          piece.getStyleClass().add("text");
          piece.getStyleClass().addAll(segment.styles());
          row.add(piece);
        }
        if (to < end) {
          padEmpty(row);
          rows.add(row);
          row = new ArrayList<>();
          from = to + 1;
        } else {
          from = to;
        }
      }
      at = end;
    }
    padEmpty(row);
    rows.add(row);
    return rows;
  }

  /** An empty line still has a line's height. */
  private static void padEmpty(List<Text> row) {
    if (row.isEmpty()) {
      Text empty = new Text("");
      empty.getStyleClass().add("text");
      row.add(empty);
    }
  }
}
