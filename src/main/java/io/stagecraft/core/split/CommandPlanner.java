package io.stagecraft.core.split;

import io.stagecraft.core.syntax.ArgumentForm;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits a stage's ENTRYPOINT, CMD and HEALTHCHECK to a runtime image: exec form where there is no
 * shell, and a CMD that is only arguments where the image's own ENTRYPOINT is the program.
 */
final class CommandPlanner {

  private final String text;
  private final char escape;
  private final RuntimeImage runtime;
  private final List<String> copied;
  private final String workdir;
  private final Map<String, String> env;

  /** What the planner decided: new text for some instructions, with proposals and notes. */
  record Plan(Map<Instruction, String> rewritten, List<Proposal> proposals, List<Note> notes) {}

  /**
   * @param copied the runtime paths that hold copied build outputs
   * @param workdir the runtime's working directory, or null
   * @param env the runtime's known environment (PATH matters)
   */
  CommandPlanner(
      String text,
      char escape,
      RuntimeImage runtime,
      List<String> copied,
      String workdir,
      Map<String, String> env) {
    this.text = text;
    this.escape = escape;
    this.runtime = runtime;
    this.copied = copied;
    this.workdir = workdir;
    this.env = env;
  }

  /** Plans the runtime stage whose instructions are {@code instructions}, in order. */
  Plan plan(List<Instruction> instructions) {
    Map<Instruction, String> rewritten = new LinkedHashMap<>();
    List<Proposal> proposals = new ArrayList<>();
    List<Note> notes = new ArrayList<>();
    for (Instruction i : instructions) {
      if (i.is(Keyword.HEALTHCHECK) && i.trigger() != null) {
        healthcheck(i, rewritten, proposals, notes);
      }
    }
    AppCommand app = AppCommand.of(instructions);
    if (app.entrypoint() != null) {
      ownEntrypoint(app.entrypoint(), app.cmd(), rewritten, proposals, notes);
    } else if (app.cmd() != null) {
      command(app.cmd(), rewritten, proposals, notes);
    } else {
      notes.add(
          new Note(
              Note.Level.WARNING,
              0,
              "The stage sets neither CMD nor ENTRYPOINT, so it ran its base image's "
                  + "default command; the runtime runs "
                  + (runtime.entrypoint().isEmpty()
                      ? "no command at all"
                      : ExecForm.json(runtime.entrypoint()))
                  + " instead."));
    }
    return new Plan(rewritten, proposals, notes);
  }

  private void healthcheck(
      Instruction h,
      Map<Instruction, String> rewritten,
      List<Proposal> proposals,
      List<Note> notes) {
    Instruction check = h.trigger();
    List<String> argv = ExecForm.argv(text, escape, check);
    if (check.form() == ArgumentForm.SHELL && !runtime.hasShell()) {
      if (argv == null) {
        notes.add(
            new Note(
                Note.Level.PROBLEM,
                h.line(),
                "HEALTHCHECK needs a shell (it uses "
                    + ExecForm.shellFeature(check.arguments())
                    + "), and "
                    + runtime.reference()
                    + " has none."));
        return;
      }
      String replaced =
          text.substring(h.range().start(), check.argumentsRange().start())
              + ExecForm.json(argv)
              + text.substring(check.argumentsRange().end(), h.range().end());
      rewritten.put(h, replaced);
      proposals.add(
          new Proposal(
              Proposal.Kind.REWRITTEN,
              replaced.strip(),
              null,
              "The runtime has no shell, so the health check is written in exec form.",
              h.line()));
    }
    if (argv != null) {
      checkProgram(argv, h.line(), "HEALTHCHECK", notes);
    }
  }

  private void ownEntrypoint(
      Instruction entrypoint,
      Instruction cmd,
      Map<Instruction, String> rewritten,
      List<Proposal> proposals,
      List<Note> notes) {
    List<String> argv = ExecForm.argv(text, escape, entrypoint);
    if (entrypoint.form() == ArgumentForm.SHELL && !runtime.hasShell()) {
      if (argv == null) {
        return; // InterpreterRule refuses the runtime, naming what needs the shell
      }
      String replaced = replaceArguments(entrypoint, ExecForm.json(argv));
      rewritten.put(entrypoint, replaced);
      proposals.add(
          new Proposal(
              Proposal.Kind.REWRITTEN,
              replaced.strip(),
              null,
              "The runtime has no shell, so ENTRYPOINT is written in exec form.",
              entrypoint.line()));
      if (cmd != null) {
        notes.add(
            new Note(
                Note.Level.WARNING,
                cmd.line(),
                "A shell-form ENTRYPOINT ignored CMD; in exec form the CMD "
                    + "is passed to it as arguments."));
      }
    }
    if (argv != null) {
      checkProgram(argv, entrypoint.line(), "ENTRYPOINT", notes);
    }
  }

  private void command(
      Instruction cmd,
      Map<Instruction, String> rewritten,
      List<Proposal> proposals,
      List<Note> notes) {
    List<String> argv = ExecForm.argv(text, escape, cmd);
    boolean shellForm = cmd.form() == ArgumentForm.SHELL;
    List<String> own = runtime.entrypoint();
    String ref = runtime.reference();
    if (shellForm && argv == null && !runtime.hasShell()) {
      return; // InterpreterRule refuses the runtime, naming what needs the shell
    }
    if (own.isEmpty()) {
      if (shellForm && !runtime.hasShell()) {
        String replaced = replaceArguments(cmd, ExecForm.json(argv));
        rewritten.put(cmd, replaced);
        proposals.add(
            new Proposal(
                Proposal.Kind.REWRITTEN,
                replaced.strip(),
                null,
                ref + " has no shell, so CMD is written in exec form.",
                cmd.line()));
      }
    } else if (argv != null && startsWithEntrypoint(argv, own)) {
      List<String> rest = argv.subList(own.size(), argv.size());
      String replaced = replaceArguments(cmd, ExecForm.json(rest));
      rewritten.put(cmd, replaced);
      proposals.add(
          new Proposal(
              Proposal.Kind.REWRITTEN,
              replaced.strip(),
              null,
              ref
                  + "'s ENTRYPOINT is "
                  + ExecForm.json(own)
                  + ", so CMD gives only its arguments; left as it was, it would run "
                  + String.join(" ", own)
                  + " "
                  + String.join(" ", argv)
                  + ".",
              cmd.line()));
      if (!shellForm) {
        notes.add(
            new Note(
                Note.Level.INFO,
                cmd.line(),
                "Arguments given to `docker run` now go to "
                    + String.join(" ", own)
                    + " instead of replacing the whole command."));
      }
      return;
    } else {
      String command =
          argv != null && (!shellForm || !runtime.hasShell())
              ? replaceArguments(cmd, ExecForm.json(argv))
              : cmd.range().of(text);
      String replaced = "ENTRYPOINT []\n" + command + (command.endsWith("\n") ? "" : "\n");
      rewritten.put(cmd, replaced);
      proposals.add(
          new Proposal(
              Proposal.Kind.REWRITTEN,
              replaced.strip(),
              null,
              ref
                  + "'s ENTRYPOINT is "
                  + ExecForm.json(own)
                  + ", which this CMD does not start with; ENTRYPOINT [] clears it so the CMD runs as "
                  + "written.",
              cmd.line()));
    }
    if (argv != null) {
      checkProgram(argv, cmd.line(), "CMD", notes);
    }
  }

  /**
   * The instruction's text with its arguments replaced; flags, comments and the line break kept.
   */
  private String replaceArguments(Instruction i, String arguments) {
    return text.substring(i.range().start(), i.argumentsRange().start())
        + arguments
        + text.substring(i.argumentsRange().end(), i.range().end());
  }

  /**
   * True when {@code argv} starts with the same program and arguments as the image's ENTRYPOINT.
   */
  private boolean startsWithEntrypoint(List<String> argv, List<String> own) {
    if (argv.size() < own.size() || !family(argv.get(0)).equals(family(own.get(0)))) {
      return false;
    }
    for (int k = 1; k < own.size(); k++) {
      if (!own.get(k).equals(argv.get(k))) {
        return false;
      }
    }
    String program = argv.get(0);
    if (program.contains("/")) {
      String dir = ImagePaths.parent(program);
      return Programs.isSystemBin(dir) || dir.equals(ImagePaths.parent(own.get(0)));
    }
    // A bare name that PATH finds among the copied outputs (a virtualenv's python) is another
    // program.
    String path = env.get("PATH");
    if (path != null) {
      for (String dir : path.split(":")) {
        if (Programs.isSystemBin(dir)) {
          break;
        }
        if (copied.stream().anyMatch(c -> ImagePaths.within(dir, c))) {
          return false;
        }
      }
    }
    return true;
  }

  /** python3.11 and python are one family; so are node and nodejs. */
  private static String family(String program) {
    String name = ImagePaths.fileName(program);
    if (Programs.isPython(name)) {
      return "python";
    }
    return name.equals("nodejs") ? "node" : name;
  }

  /** True when a copied output is {@code program} in a directory of the runtime's PATH. */
  private boolean onPath(String program) {
    return ImagePaths.onPath(env.getOrDefault("PATH", BuildScan.DEFAULT_PATH), program, copied)
        != null;
  }

  /** Warns when a minimal runtime will not have the program a command starts. */
  private void checkProgram(List<String> argv, int line, String what, List<Note> notes) {
    if (!runtime.minimal() || argv.isEmpty()) {
      return;
    }
    String program = argv.get(0);
    if (!program.contains("/")) {
      if (!runtime.programs().contains(program) && !onPath(program)) {
        notes.add(
            new Note(
                Note.Level.WARNING,
                line,
                what
                    + " runs "
                    + program
                    + ", which "
                    + runtime.reference()
                    + " does not have"
                    + (runtime.programs().isEmpty()
                        ? ""
                        : " (it has " + String.join(", ", runtime.programs()) + ")")
                    + "; name a program copied from the builder by its path."));
      }
      return;
    }
    String path = ImagePaths.resolve(workdir, program);
    boolean known =
        path != null
            && (copied.stream().anyMatch(c -> ImagePaths.within(path, c))
                || runtime.entrypoint().stream().anyMatch(e -> e.equals(program)));
    if (!known) {
      notes.add(
          new Note(
              Note.Level.WARNING,
              line,
              what + " runs " + program + ", which is not among the copied outputs."));
    }
  }
}
