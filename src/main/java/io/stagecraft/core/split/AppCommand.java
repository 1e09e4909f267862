package io.stagecraft.core.split;

import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import java.util.List;

/**
 * The ENTRYPOINT and CMD that start the app, the last of each in a stage's instructions, as Docker
 * takes them.
 *
 * @param entrypoint the last ENTRYPOINT, or null
 * @param cmd the last CMD, or null
 */
record AppCommand(Instruction entrypoint, Instruction cmd) {

  static AppCommand of(List<Instruction> instructions) {
    Instruction entrypoint = null;
    Instruction cmd = null;
    for (Instruction i : instructions) {
      if (i.is(Keyword.ENTRYPOINT)) {
        entrypoint = i;
      } else if (i.is(Keyword.CMD)) {
        cmd = i;
      }
    }
    return new AppCommand(entrypoint, cmd);
  }

  /** The instruction that names the program that starts: the ENTRYPOINT, else the CMD; or null. */
  Instruction starter() {
    return entrypoint != null ? entrypoint : cmd;
  }

  /**
   * True when there is no ENTRYPOINT and the CMD's {@code argv} starts with {@code runtime}'s own
   * ENTRYPOINT program, which then runs the rest.
   */
  boolean handsToRuntime(RuntimeImage runtime, List<String> argv) {
    if (entrypoint != null || runtime.entrypoint().isEmpty()) {
      return false;
    }
    String own = ImagePaths.fileName(runtime.entrypoint().get(0));
    String first = ImagePaths.fileName(argv.get(0));
    return own.equals(first)
        || Programs.isPython(own) && Programs.isPython(first)
        || own.startsWith("node") && first.startsWith("node");
  }
}
