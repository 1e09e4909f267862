package io.stagecraft.ui.canvas;

import io.stagecraft.layout.DiagramNode;
import io.stagecraft.layout.InstructionRow;
import java.util.List;

/**
 * Whether two boxes look the same. Line numbers are not drawn: a box whose stage only moved down
 * the file, because lines were typed above it, keeps its view.
 */
final class BoxLook {
  private BoxLook() {}

  static boolean same(DiagramNode a, DiagramNode b) {
    return a.equals(b) || (withoutLines(a).equals(withoutLines(b)));
  }

  private static DiagramNode withoutLines(DiagramNode n) {
    List<InstructionRow> rows =
        n.rows().stream()
            .map(r -> new InstructionRow(r.position(), r.keyword(), r.argument(), 0))
            .toList();
    return new DiagramNode(
        n.id(),
        n.stageIndex(),
        n.title(),
        n.base(),
        n.role(),
        rows,
        n.hiddenRows(),
        n.collapsible(),
        n.diagnostics(),
        n.worst(),
        n.width(),
        n.height());
  }
}
