package io.stagecraft.ui.model;

import io.stagecraft.core.document.Document;
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
 */
public record DiagramSnapshot(
    Document document,
    long revision,
    StageGraph graph,
    DiagramContent content,
    Map<String, Point> automatic,
    DiagramLayout layout) {

  public boolean isCurrent() {
    return document.revision() == revision;
  }
}
