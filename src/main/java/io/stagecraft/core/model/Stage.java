package io.stagecraft.core.model;

import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.SourceRange;
import io.stagecraft.core.syntax.Word;
import java.util.List;

/**
 * A build stage: a FROM and the instructions up to the next one.
 *
 * @param name the name after {@code AS}, as written, or null
 * @param nameWord the name word, or null
 * @param base the base image as written
 * @param resolvedBase the base with ARG defaults from before the first FROM substituted, where all
 *     are known; otherwise the same as {@code base}
 * @param baseWord the base image word in the FROM, or null when the FROM has no argument
 * @param platform the {@code --platform} value as written, or null
 * @param instructions the FROM first, then the stage's other instructions
 * @param range from the start of the FROM to the end of the stage's last instruction
 */
public record Stage(
    int index,
    String name,
    Word nameWord,
    String base,
    String resolvedBase,
    Word baseWord,
    String platform,
    List<Instruction> instructions,
    SourceRange range) {

  public Instruction from() {
    return instructions.get(0);
  }

  /** 1-based line of the FROM. */
  public int line() {
    return from().line();
  }

  /** The name, or the index when the stage has none: how other stages can refer to it. */
  public String label() {
    return name != null ? name : Integer.toString(index);
  }

  public boolean isNamed(String candidate) {
    return name != null && name.equalsIgnoreCase(candidate);
  }
}
