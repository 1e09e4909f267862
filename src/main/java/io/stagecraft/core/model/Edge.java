package io.stagecraft.core.model;

import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.SourceRange;
import java.util.List;

/**
 * A dependency of stage {@code to} on {@code from}.
 *
 * @param reference the reference as written ({@code builder}, {@code 0}, {@code golang:1.22})
 * @param referenceRange where the reference is in the text: the FROM image, the {@code --from}
 *     value or the mount's {@code from=} value
 * @param sources for COPY, the copied source paths
 * @param destination for COPY, the destination path; otherwise null
 * @param dependsOnArgs whether the reference uses a variable, so other build args or another
 *     platform can make it name another node
 * @param candidates for such a reference, every stage it can name under some args, in file order
 */
public record Edge(
    EdgeKind kind,
    NodeRef from,
    int to,
    String reference,
    SourceRange referenceRange,
    Instruction instruction,
    List<String> sources,
    String destination,
    boolean dependsOnArgs,
    List<String> candidates) {

  public Edge {
    sources = List.copyOf(sources);
    candidates = List.copyOf(candidates);
  }

  /** 1-based line of the instruction that makes the edge. */
  public int line() {
    return instruction.line();
  }

  public boolean fromStage(int index) {
    return from instanceof NodeRef.StageRef s && s.index() == index;
  }
}
