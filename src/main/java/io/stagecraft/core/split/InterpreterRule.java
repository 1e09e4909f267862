package io.stagecraft.core.split;

import io.stagecraft.core.syntax.ArgumentForm;
import io.stagecraft.core.syntax.Instruction;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The interpreter that the app's command needs in the runtime, at the path it names: the shell of a
 * shell-form command, the {@code #!} line of a script that ENTRYPOINT or CMD runs, or an
 * interpreter such as node or java named by the command itself. A runtime that lacks it refuses the
 * split, naming a runtime that has it.
 */
final class InterpreterRule {

  /** Programs that run scripts; a command naming one the runtime lacks cannot start. */
  private static final Set<String> INTERPRETERS =
      Set.of("sh", "bash", "ash", "dash", "zsh", "env", "node", "nodejs", "java", "perl", "ruby");

  private final String text;
  private final char escape;
  private final RuntimeImage runtime;
  private final BuildContext context;
  private final Map<String, String> contextSources;
  private final List<String> copied;
  private final String workdir;
  private final String path;
  private final Detection detection;

  /**
   * @param contextSources the run-time files copied from the context: runtime path to context path
   * @param copied every runtime path that copies fill
   * @param path the runtime's PATH
   */
  InterpreterRule(
      String text,
      char escape,
      RuntimeImage runtime,
      BuildContext context,
      Map<String, String> contextSources,
      List<String> copied,
      String workdir,
      String path,
      Detection detection) {
    this.text = text;
    this.escape = escape;
    this.runtime = runtime;
    this.context = context;
    this.contextSources = contextSources;
    this.copied = copied;
    this.workdir = workdir;
    this.path = path == null ? BuildScan.DEFAULT_PATH : path;
    this.detection = detection;
  }

  /** What the command needs and the runtime lacks, found in the runtime stage's instructions. */
  Optional<Refusal> check(List<Instruction> instructions, List<Note> notes) {
    AppCommand app = AppCommand.of(instructions);
    Instruction command = app.starter();
    if (command == null) {
      return Optional.empty();
    }
    List<String> argv = ExecForm.argv(text, escape, command);
    if (command.form() == ArgumentForm.SHELL && (runtime.hasShell() || argv == null)) {
      // The one report of a shell-form command the runtime cannot run: CommandPlanner leaves it
      // to this rule, which names what needs the shell.
      String what =
          "a shell-form "
              + command.name()
              + (argv == null
                  ? " (it uses " + ExecForm.shellFeature(command.arguments()) + ")"
                  : "");
      return require("/bin/sh", command, what);
    }
    if (argv == null || argv.isEmpty()) {
      return Optional.empty();
    }
    if (app.handsToRuntime(runtime, argv)) {
      return Optional.empty(); // the runtime's own interpreter runs it
    }
    String program = argv.get(0);
    String copiedPath = copiedProgram(program);
    if (copiedPath != null) {
      return script(copiedPath, command, notes);
    }
    if (!INTERPRETERS.contains(ImagePaths.fileName(program))
        && !Programs.isPython(ImagePaths.fileName(program))) {
      return Optional.empty();
    }
    return program.contains("/")
        ? require(ImagePaths.resolve(workdir, program), command, command.name())
        : requireProgram(program, command, command.name());
  }

  /** The runtime path of {@code program} when a copy puts it there, else null. */
  private String copiedProgram(String program) {
    if (program.contains("/")) {
      String p = ImagePaths.resolve(workdir, program);
      return p != null && copied.stream().anyMatch(c -> ImagePaths.within(p, c)) ? p : null;
    }
    return ImagePaths.onPath(path, program, copied);
  }

  /** A copied script needs the interpreter its {@code #!} line names. */
  private Optional<Refusal> script(String file, Instruction command, List<Note> notes) {
    String source = contextSources.get(file);
    Optional<String> first = source == null ? Optional.empty() : context.firstLine(source);
    String shebang;
    String seen;
    if (first.isPresent()) {
      if (!first.get().startsWith("#!")) {
        return Optional.empty(); // a program, not a script
      }
      shebang = first.get().substring(2).strip();
      seen = "its first line is #!" + shebang;
    } else if (file.endsWith(".sh")) {
      shebang = "/bin/sh";
      seen = "a .sh script, taken to start with #!/bin/sh";
      notes.add(
          new Note(
              Note.Level.INFO,
              command.line(),
              file
                  + " is taken to be a POSIX shell script (#!/bin/sh) by its name: the build context"
                  + " was not read."));
    } else {
      return Optional.empty();
    }
    String[] parts = shebang.split("\\s+");
    String what = file + " (" + seen + ")";
    Optional<Refusal> interpreter = require(parts[0], command, what);
    if (interpreter.isPresent() || !parts[0].endsWith("/env") || parts.length < 2) {
      return interpreter;
    }
    return requireProgram(parts[1], command, what);
  }

  private Optional<Refusal> require(String file, Instruction command, String what) {
    Boolean has = runtime.hasFile(file);
    if (Boolean.FALSE.equals(has)) {
      return Optional.of(refusal(file, command, what));
    }
    if (has == null) {
      unknown = file;
    }
    return Optional.empty();
  }

  private Optional<Refusal> requireProgram(String name, Instruction command, String what) {
    Boolean has = runtime.hasProgram(name);
    if (Boolean.FALSE.equals(has)) {
      return Optional.of(refusal(name, command, what));
    }
    if (has == null) {
      unknown = name;
    }
    return Optional.empty();
  }

  private String unknown;

  /** An interpreter whose presence neither inspection nor the catalogue could tell, or null. */
  String unknown() {
    return unknown;
  }

  private Refusal refusal(String interpreter, Instruction command, String what) {
    String name = ImagePaths.fileName(interpreter);
    boolean shell = name.equals("sh");
    String alternative = alternative(name);
    return new Refusal(
        shell ? Refusal.Missing.SHELL : Refusal.Missing.INTERPRETER,
        command.line(),
        what
            + " needs "
            + interpreter
            + ", and "
            + runtime.reference()
            + " has no "
            + interpreter
            + (runtime.hasShell() && shell && runtime.minimal()
                ? " (its debug shell is at /busybox/sh)"
                : "")
            + ", so the app cannot start there.",
        alternative);
  }

  /** A runtime that has {@code interpreter} and suits the app, or null. */
  private String alternative(String interpreter) {
    Ecosystem e = detection.ecosystem();
    boolean posixShell = interpreter.equals("sh") || interpreter.equals("env");
    return switch (e) {
      case PYTHON -> "python:3-slim";
      case NODE -> "node:20-slim";
      case JAVA -> "eclipse-temurin:17-jre";
      case GO -> posixShell ? "busybox:stable" : "debian:bookworm-slim";
      case C -> posixShell && detection.staticBinary() ? "busybox:stable" : "debian:bookworm-slim";
      case OTHER ->
          interpreter.startsWith("python")
              ? "gcr.io/distroless/python3-debian12"
              : "debian:bookworm-slim";
    };
  }
}
