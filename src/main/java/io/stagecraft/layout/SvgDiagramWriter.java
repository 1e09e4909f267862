package io.stagecraft.layout;

import java.util.Locale;

/**
 * Writes a placed diagram as a standalone SVG document, with no JavaFX: the same boxes, colours and
 * arrow styles as the canvas's light theme.
 */
public final class SvgDiagramWriter {
  private static final String STYLE =
      """
      .box{stroke-width:1.5}
      .role-final .box{fill:#ecf7ee;stroke:#2e7d32} .role-final .header{fill:#2e7d32}
      .role-builder .box{fill:#eaf2fc;stroke:#1f6fc5} .role-builder .header{fill:#1f6fc5}
      .role-unused .box{fill:#f4f4f5;stroke:#8a8f98;stroke-dasharray:6 4} .role-unused .header{fill:#8a8f98}
      .role-external .box{fill:#fff6e0;stroke:#c98a00}
      .title{font:600 13px sans-serif;fill:#fff}
      .image{font:bold 12px sans-serif;fill:#7d4e00}
      .base{font:12px monospace;fill:#555}
      .kw{font:bold 12px monospace;fill:#7b3fb3}
      .arg{font:12px monospace;fill:#222}
      .more{font:italic 12px sans-serif;fill:#666}
      .badge{fill:#d32f2f} .badge.warn{fill:#ef8f00} .badge-text{font:bold 11px sans-serif;fill:#fff}
      .edge{fill:none;stroke:#4a5563;stroke-width:1.6}
      .edge.copy{stroke-dasharray:8 5} .edge.mount{stroke-dasharray:2 4}
      .edge.by-args{stroke:#7b3fb3}
      .arrowhead{fill:#4a5563}
      .label{font:11px sans-serif;fill:#333}
      .label-bg{fill:#fff;fill-opacity:0.85}
      """;

  private SvgDiagramWriter() {}

  public static String write(DiagramLayout layout) {
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\">%n",
            layout.width(),
            layout.height(),
            layout.width(),
            layout.height()));
    svg.append("<style>\n").append(STYLE).append("</style>\n");
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    for (RoutedEdge e : layout.edges()) {
      edge(svg, e);
    }
    for (PlacedNode n : layout.nodes()) {
      node(svg, n);
    }
    return svg.append("</svg>\n").toString();
  }

  private static void edge(StringBuilder svg, RoutedEdge e) {
    String kind = e.edge().kind().label() + (e.edge().byArgs() ? " by-args" : "");
    svg.append(
        String.format(
            Locale.ROOT,
            "<path class=\"edge %s\" d=\"M%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f\"/>%n",
            kind,
            e.start().x(),
            e.start().y(),
            e.control1().x(),
            e.control1().y(),
            e.control2().x(),
            e.control2().y(),
            e.end().x() - 6,
            e.end().y()));
    Point tip = e.end();
    svg.append(
        String.format(
            Locale.ROOT,
            "<polygon class=\"arrowhead\" points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\"/>%n",
            tip.x(),
            tip.y(),
            tip.x() - 9,
            tip.y() - 4.5,
            tip.x() - 9,
            tip.y() + 4.5));
    Rect label = e.labelBounds();
    if (label != null) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"label-bg\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"3\"/>%n",
              label.x(),
              label.y(),
              label.width(),
              label.height()));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text class=\"label\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>%n",
              label.centre().x(),
              label.maxY() - 4,
              escape(e.edge().label())));
    }
  }

  private static void node(StringBuilder svg, PlacedNode p) {
    DiagramNode n = p.node();
    svg.append("<g class=\"").append(n.role().styleClass()).append("\">\n");
    if (!n.isStage()) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"box\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.1f\"/>%n",
              p.x(),
              p.y(),
              n.width(),
              n.height(),
              n.height() / 2));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text class=\"image\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>%n",
              p.x() + n.width() / 2,
              p.y() + n.height() / 2 + 4,
              escape(n.title())));
      svg.append("</g>\n");
      return;
    }
    double x = p.x();
    double y = p.y();
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect class=\"box\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"8\"/>%n",
            x,
            y,
            n.width(),
            n.height()));
    svg.append(
        String.format(
            Locale.ROOT,
            "<path class=\"header\" d=\"M%.1f %.1f h%.1f a8 8 0 0 1 8 8 v%.1f h%.1f v%.1f a8 8 0 0 1 8 -8 z\"/>%n",
            x + 8,
            y,
            n.width() - 16,
            BoxMetrics.HEADER_HEIGHT - 8,
            -n.width(),
            -(BoxMetrics.HEADER_HEIGHT - 8)));
    svg.append(
        String.format(
            Locale.ROOT,
            "<text class=\"title\" x=\"%.1f\" y=\"%.1f\">%s</text>%n",
            x + BoxMetrics.PADDING,
            y + 20,
            escape(n.title())));
    if (n.diagnostics() > 0) {
      double bx = x + n.width() - 16;
      svg.append(
          String.format(
              Locale.ROOT,
              "<circle class=\"badge%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"9\"/>%n",
              n.hasErrors() ? "" : " warn",
              bx,
              y + 15));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text class=\"badge-text\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>%n",
              bx,
              y + 19,
              n.diagnostics()));
    }
    double rowY = y + BoxMetrics.HEADER_HEIGHT + 15;
    svg.append(
        String.format(
            Locale.ROOT,
            "<text class=\"base\" x=\"%.1f\" y=\"%.1f\">FROM %s</text>%n",
            x + BoxMetrics.PADDING,
            rowY,
            escape(n.base())));
    rowY += BoxMetrics.BASE_HEIGHT;
    for (InstructionRow row : n.rows()) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\"><tspan class=\"kw\">%s</tspan><tspan class=\"arg\" dx=\"%.1f\">%s</tspan></text>%n",
              x + BoxMetrics.PADDING,
              rowY,
              escape(row.keyword()),
              BoxMetrics.CHAR_WIDTH,
              escape(row.argument())));
      rowY += BoxMetrics.ROW_HEIGHT;
    }
    if (n.hiddenRows() > 0) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<text class=\"more\" x=\"%.1f\" y=\"%.1f\">\u2026 %d more</text>%n",
              x + BoxMetrics.PADDING,
              rowY,
              n.hiddenRows()));
    }
    svg.append("</g>\n");
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
