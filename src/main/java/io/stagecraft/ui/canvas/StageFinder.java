package io.stagecraft.ui.canvas;

import io.stagecraft.layout.DiagramLayout;
import io.stagecraft.layout.PlacedNode;
import java.util.List;
import java.util.Locale;

/** Finds stages by name: exact names first, then names that start with the text, then the rest. */
final class StageFinder {
  private StageFinder() {}

  /** The stages whose names contain {@code text}, ignoring case, best matches first. */
  static List<PlacedNode> matches(DiagramLayout layout, String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    if (wanted.isEmpty()) {
      return List.of();
    }
    return layout.nodes().stream()
        .filter(n -> n.node().isStage())
        .filter(n -> n.node().title().toLowerCase(Locale.ROOT).contains(wanted))
        .sorted(
            java.util.Comparator.comparingInt(
                (PlacedNode n) -> rank(n.node().title().toLowerCase(Locale.ROOT), wanted)))
        .toList();
  }

  private static int rank(String title, String wanted) {
    if (title.equals(wanted)) {
      return 0;
    }
    return title.startsWith(wanted) ? 1 : 2;
  }
}
