package io.stagecraft.ui.model;

import io.stagecraft.core.document.Document;
import io.stagecraft.core.lint.LintReport;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.layout.DiagramContent;
import io.stagecraft.layout.DiagramLayout;
import io.stagecraft.layout.Point;
import java.util.Map;

/**
 * What the canvas shows: the graph and layout of one revision of one document. It may lag behind
 * the document while a large file is parsed and laid out in the background; {@link #isCurrent()}
 * says whether it does.
 *
 * @param automatic the layout algorithm's positions, before the user's pinned positions apply
 * @param lint the lint problems of the same revision, which the boxes count
 */
public record DiagramSnapshot(
    Document document,
    long revision,
    StageGraph graph,
    DiagramContent content,
    Map<String, Point> automatic,
    DiagramLayout layout,
    LintReport lint) {

  public DiagramSnapshot {
    lint = lint == null ? LintReport.EMPTY : lint;
  }

  /** A snapshot without lint problems. */
  public DiagramSnapshot(
      Document document,
      long revision,
      StageGraph graph,
      DiagramContent content,
      Map<String, Point> automatic,
      DiagramLayout layout) {
    this(document, revision, graph, content, automatic, layout, LintReport.EMPTY);
  }

  public boolean isCurrent() {
    return document.revision() == revision;
  }
}
