package io.stagecraft.core.split;

import io.stagecraft.core.syntax.Instruction;
import java.util.List;
import java.util.Optional;

/**
 * A command that names its program bare ({@code CMD ["app"]}) is looked up in the runtime's PATH,
 * which need not be the builder's: the builder may have set its PATH in an earlier stage, or the
 * runtime image may set a PATH of its own. When the program is copied into a folder of the
 * builder's PATH that the runtime's PATH lacks, the command would not be found, and the note says
 * where it lands and what the runtime searches.
 */
final class ProgramPathRule {

  private final String text;
  private final char escape;
  private final RuntimeImage runtime;
  private final List<String> copied;
  private final String builderPath;
  private final String runtimeStagePath;

  /**
   * @param copied every runtime path that copies fill
   * @param builderPath the PATH the original command ran with
   * @param runtimeStagePath the PATH the runtime stage sets itself, or null when it sets none and
   *     the runtime image's own applies
   */
  ProgramPathRule(
      String text,
      char escape,
      RuntimeImage runtime,
      List<String> copied,
      String builderPath,
      String runtimeStagePath) {
    this.text = text;
    this.escape = escape;
    this.runtime = runtime;
    this.copied = copied;
    this.builderPath = builderPath == null ? BuildScan.DEFAULT_PATH : builderPath;
    this.runtimeStagePath = runtimeStagePath;
  }

  /** A problem when the command's program lands off the runtime's PATH. */
  Optional<Note> check(List<Instruction> scope) {
    AppCommand app = AppCommand.of(scope);
    Instruction command = app.starter();
    List<String> argv = command == null ? null : ExecForm.argv(text, escape, command);
    if (argv == null || argv.isEmpty() || argv.get(0) == null || argv.get(0).contains("/")) {
      return Optional.empty();
    }
    if (app.handsToRuntime(runtime, argv)) {
      return Optional.empty(); // the runtime's own ENTRYPOINT runs it, by its path
    }
    String program = argv.get(0);
    String runtimePath = runtimeStagePath != null ? runtimeStagePath : runtime.searchPath();
    if (ImagePaths.onPath(runtimePath, program, copied) != null) {
      return Optional.empty();
    }
    String landing = ImagePaths.onPath(builderPath, program, copied);
    if (landing == null) {
      return Optional.empty(); // not copied at all: CommandPlanner says so
    }
    return Optional.of(
        new Note(
            Note.Level.PROBLEM,
            command.line(),
            command.name()
                + " runs "
                + program
                + ", which the runtime gets at "
                + landing
                + ", but "
                + ImagePaths.parent(landing)
                + " is not on the runtime's PATH ("
                + runtimePath
                + (runtimeStagePath != null ? "" : ", as " + runtime.reference() + " sets it")
                + "), so the command would not be found: name the program by its path, or set"
                + " ENV PATH in the runtime."));
  }
}
