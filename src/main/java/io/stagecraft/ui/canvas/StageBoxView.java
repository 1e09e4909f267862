package io.stagecraft.ui.canvas;

import io.stagecraft.layout.BoxMetrics;
import io.stagecraft.layout.DiagramNode;
import io.stagecraft.layout.InstructionRow;
import io.stagecraft.layout.PlacedNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;

/**
 * A stage box: a coloured header with the stage name and a diagnostics badge, the base image, and
 * the instructions (folded on long stages). The handle on its right edge starts an arrow.
 */
final class StageBoxView extends NodeView {
  private final Region header = new Region();
  private final Label title = new Label();
  private final Circle connector = new Circle(7);
  private final Label base = new Label();
  private final List<HBox> rows = new ArrayList<>();
  private Label foldToggle;
  private Label badge;

  StageBoxView(PlacedNode placed, Supplier<String> diagnosticsText) {
    super(placed);
    DiagramNode node = placed.node();
    getStyleClass().add("stage-box");
    double w = placed.width();
    header.getStyleClass().add("stage-header");
    place(header, 0, 0, w, BoxMetrics.HEADER_HEIGHT);
    title.getStyleClass().add("stage-title");
    title.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(header, title);
    if (node.diagnostics() > 0) {
      badge = new Label();
      badge.getStyleClass().addAll("diagnostic-badge", node.worst().label());
      badge.setAlignment(Pos.CENTER);
      HoverTips.set(badge, diagnosticsText);
      getChildren().add(badge);
    }
    placeHeader(node);
    base.setText("FROM " + node.base());
    base.getStyleClass().add("stage-base");
    place(
        base,
        BoxMetrics.PADDING,
        BoxMetrics.HEADER_HEIGHT + 2,
        w - 2 * BoxMetrics.PADDING,
        BoxMetrics.BASE_HEIGHT - 2);
    getChildren().add(base);
    double y = BoxMetrics.HEADER_HEIGHT + BoxMetrics.BASE_HEIGHT;
    for (InstructionRow row : node.rows()) {
      Text keyword = new Text(row.keyword());
      keyword.getStyleClass().add("row-keyword");
      Text argument = new Text(" " + row.argument());
      argument.getStyleClass().add("row-argument");
      HBox line = new HBox(keyword, argument);
      line.getStyleClass().add("instruction-row");
      line.setAlignment(Pos.CENTER_LEFT);
      line.setUserData(row);
      place(line, 4, y, w - 8, BoxMetrics.ROW_HEIGHT);
      line.setPadding(new javafx.geometry.Insets(0, 0, 0, BoxMetrics.PADDING - 4));
      rows.add(line);
      getChildren().add(line);
      y += BoxMetrics.ROW_HEIGHT;
    }
    if (node.collapsible()) {
      foldToggle =
          new Label(
              node.hiddenRows() > 0
                  ? "\u25B8 " + node.hiddenRows() + " more"
                  : "\u25B4 show fewer");
      foldToggle.getStyleClass().add("fold-toggle");
      place(foldToggle, BoxMetrics.PADDING, y, w - 2 * BoxMetrics.PADDING, BoxMetrics.ROW_HEIGHT);
      getChildren().add(foldToggle);
    }
    connector.getStyleClass().add("connector");
    connector.setCenterX(w);
    connector.setCenterY(BoxMetrics.HEADER_HEIGHT / 2);
    HoverTips.set(connector, connectorTip(node));
    getChildren().add(connector);
  }

  /** Gives the header its title and count; the title is as wide as the count leaves room for. */
  private void placeHeader(DiagramNode node) {
    double w = placed().width();
    title.setText(node.title());
    String count = badgeText(node.diagnostics());
    double badgeWidth = badgeWidth(count);
    place(
        title,
        BoxMetrics.PADDING,
        0,
        w - 2 * BoxMetrics.PADDING - Math.max(28, badgeWidth + 8),
        BoxMetrics.HEADER_HEIGHT);
    if (badge != null) {
      badge.setText(count);
      place(badge, w - 8 - badgeWidth, 6, badgeWidth, 18);
    }
  }

  /**
   * Shows {@code next} in this view when it is built as the box shown (the same size, rows, fold
   * and badge) and only its texts or the badge's colour differ, as when a row is typed into. The
   * view keeps its nodes and only their texts change: a new view costs new nodes and a CSS pass
   * over each. False when the box is built differently; then it needs a new view.
   */
  boolean showInPlace(PlacedNode next, Supplier<String> diagnosticsText) {
    DiagramNode was = placed().node();
    DiagramNode now = next.node();
    if (was.width() != now.width()
        || was.height() != now.height()
        || was.role() != now.role()
        || was.rows().size() != now.rows().size()
        || was.collapsible() != now.collapsible()
        || was.hiddenRows() != now.hiddenRows()
        || (was.diagnostics() > 0) != (now.diagnostics() > 0)) {
      return false;
    }
    reuseFor(next, diagnosticsText);
    placeHeader(now);
    if (badge != null && was.worst() != now.worst()) {
      badge.getStyleClass().remove(was.worst().label());
      badge.getStyleClass().add(now.worst().label());
    }
    // Setting a text it already has changes nothing.
    base.setText("FROM " + now.base());
    for (int i = 0; i < rows.size(); i++) {
      InstructionRow row = now.rows().get(i);
      ((Text) rows.get(i).getChildren().get(0)).setText(row.keyword());
      ((Text) rows.get(i).getChildren().get(1)).setText(" " + row.argument());
    }
    HoverTips.set(connector, connectorTip(now));
    return true;
  }

  private static Supplier<String> connectorTip(DiagramNode node) {
    return () -> "Drag onto a later stage to copy files from " + node.title();
  }

  /** The count a badge shows: in full up to 99, which is as many as anyone reads one by one. */
  static String badgeText(int diagnostics) {
    return diagnostics > 99 ? "99+" : Integer.toString(diagnostics);
  }

  /**
   * Wide enough for {@code text} in the badge's 11 px bold digits (at most 8 px each, with room
   * either side), so the count is never cut to "…".
   */
  static double badgeWidth(String text) {
    return Math.max(20, 10 + 8 * text.length());
  }

  @Override
  void reuseFor(PlacedNode next, Supplier<String> diagnosticsText) {
    super.reuseFor(next, diagnosticsText);
    List<InstructionRow> nextRows = next.node().rows();
    for (int i = 0; i < rows.size(); i++) {
      rows.get(i).setUserData(nextRows.get(i));
    }
    if (badge != null) {
      HoverTips.set(badge, diagnosticsText);
    }
  }

  Label title() {
    return title;
  }

  Circle connector() {
    return connector;
  }

  List<HBox> rows() {
    return rows;
  }

  Label foldToggle() {
    return foldToggle;
  }

  int stageIndex() {
    return placed().node().stageIndex();
  }
}
