package io.stagecraft.layout;

import io.stagecraft.core.syntax.Severity;
import java.util.List;

/**
 * A box of the diagram, sized but not yet placed.
 *
 * @param id identity of the node that survives edits as well as it can: the stage name, or {@code
 *     #index} for an unnamed stage, or {@code image:name} for an external image
 * @param stageIndex the stage's index, or -1 for an external image
 * @param title the stage name (or its index), or the image name
 * @param base the base image of a stage; null for an external image
 * @param rows the instructions shown, FROM excluded
 * @param hiddenRows how many instructions are folded away (0 when all are shown)
 * @param collapsible whether the stage is long enough to fold
 * @param diagnostics how many diagnostics (the parser's and lint's) fall inside the stage
 * @param worst the most serious of them, or null when there are none
 */
public record DiagramNode(
    String id,
    int stageIndex,
    String title,
    String base,
    StageRole role,
    List<InstructionRow> rows,
    int hiddenRows,
    boolean collapsible,
    int diagnostics,
    Severity worst,
    double width,
    double height) {

  /** Whether one of its diagnostics is an error. */
  public boolean hasErrors() {
    return worst == Severity.ERROR;
  }

  public boolean isStage() {
    return stageIndex >= 0;
  }
}
