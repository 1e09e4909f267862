package io.stagecraft.core.lint;

import io.stagecraft.core.split.ShellCommand;
import io.stagecraft.core.syntax.Dockerfile;
import io.stagecraft.core.syntax.Instruction;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shell commands of each RUN of one file, read once per lint: some forty rules look at RUN
 * commands, and reading the shell again for each was most of lint's time. One lint runs on one
 * thread, so this needs no locking.
 */
public final class ParsedRuns {
  private final Map<Instruction, List<ShellCommand>> commands = new IdentityHashMap<>();

  /** The commands of {@code run} (a RUN, not the ONBUILD around one) in {@code file}. */
  List<ShellCommand> of(Dockerfile file, Instruction run) {
    return commands.computeIfAbsent(
        run, r -> List.copyOf(RunScript.commands(file.text(), file.escape(), r)));
  }
}
