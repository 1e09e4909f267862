package io.stagecraft.core.split;

import io.stagecraft.core.model.ArgExpander;
import io.stagecraft.core.syntax.ArgumentForm;
import io.stagecraft.core.syntax.Heredoc;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.KeyValue;
import io.stagecraft.core.syntax.Word;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the builder part of a stage does, instruction by instruction: every command its RUNs
 * execute, with the working directory and environment each one sees.
 */
public final class BuildScan {
  /** Words that only introduce the real command. */
  private static final Set<String> PREFIXES =
      Set.of(
          "then", "do", "else", "elif", "if", "while", "until", "!", "{", "time", "exec", "nohup",
          "sudo", "command");

  private final List<CommandContext> commands = new ArrayList<>();
  private final Map<String, String> env = new LinkedHashMap<>();
  private String workdir = "/";
  private int workdirLine;

  /** The PATH images set; base images of the usual distributions start with it. */
  static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  private BuildScan() {
    env.put("PATH", DEFAULT_PATH);
  }

  /**
   * Walks {@code instructions} (a stage's FROM first), knowing the ARG defaults declared before the
   * first FROM.
   */
  public static BuildScan of(
      String text, char escape, List<Instruction> instructions, Map<String, String> globalArgs) {
    BuildScan scan = new BuildScan();
    Map<String, String> args = new LinkedHashMap<>();
    for (Instruction i : instructions) {
      scan.step(text, escape, i, globalArgs, args);
    }
    return scan;
  }

  /** The commands of the RUNs, in order. */
  public List<CommandContext> commands() {
    return List.copyOf(commands);
  }

  /** The working directory after the last instruction; null when it depends on unknown values. */
  public String workdir() {
    return workdir;
  }

  /** The line of the last WORKDIR, or 0 when there is none. */
  public int workdirLine() {
    return workdirLine;
  }

  /** The ENV values known after the last instruction. */
  public Map<String, String> env() {
    return Map.copyOf(env);
  }

  private void step(
      String text,
      char escape,
      Instruction i,
      Map<String, String> globalArgs,
      Map<String, String> args) {
    if (i.kind() == null) {
      return;
    }
    switch (i.kind()) {
      case ARG -> {
        for (KeyValue p : i.pairs()) {
          String value = p.value() != null ? expand(p.value(), args) : globalArgs.get(p.name());
          args.put(p.name(), value);
        }
      }
      case ENV -> {
        for (KeyValue p : i.pairs()) {
          String value = p.value() == null ? null : expand(p.value(), args);
          if (value == null) {
            env.remove(p.name());
          } else {
            env.put(p.name(), value);
          }
        }
      }
      case WORKDIR -> {
        String path = i.words().isEmpty() ? null : expand(i.words().get(0).value(), args);
        workdir = ImagePaths.resolve(workdir, path);
        workdirLine = i.line();
      }
      case RUN -> run(text, escape, i, args);
      default -> {}
    }
  }

  private String expand(String word, Map<String, String> args) {
    Map<String, String> values = new LinkedHashMap<>();
    args.forEach(
        (k, v) -> {
          if (v != null) {
            values.put(k, v);
          }
        });
    values.putAll(env);
    return new ArgExpander(values).expand(word);
  }

  private void run(String text, char escape, Instruction run, Map<String, String> args) {
    List<ShellCommand> script = new ArrayList<>();
    if (run.form() == ArgumentForm.EXEC) {
      List<ShellToken> words = new ArrayList<>();
      for (Word w : run.words()) {
        words.add(new ShellToken(w.value(), w.range().start(), w.range().end(), false, false));
      }
      script.add(new ShellCommand(List.of(), words));
    } else {
      script.addAll(
          ShellScript.parse(
                  text, run.argumentsRange().start(), run.argumentsRange().end(), escape, true)
              .commands());
      // A heredoc with no command in front of it is the script itself.
      if (script.isEmpty()) {
        for (Heredoc h : run.heredocs()) {
          script.addAll(
              ShellScript.parse(text, h.body().start(), h.body().end(), '\\', false).commands());
        }
      }
    }
    String cwd = workdir;
    Map<String, String> runEnv = new LinkedHashMap<>(env);
    for (ShellCommand command : script) {
      Map<String, String> commandEnv = new LinkedHashMap<>(runEnv);
      List<String> argv = new ArrayList<>();
      for (ShellToken a : command.assignments()) {
        putAssignment(commandEnv, a, args);
      }
      boolean envWrapper = false;
      for (ShellToken w : command.words()) {
        String value = w.expands() ? expand(w.value(), args) : w.value();
        if (argv.isEmpty() && value != null && (PREFIXES.contains(value) || value.equals("env"))) {
          envWrapper = value.equals("env");
          continue;
        }
        if (argv.isEmpty()
            && envWrapper
            && value != null
            && value.contains("=")
            && !value.startsWith("-")) {
          putAssignment(commandEnv, w, args);
          continue;
        }
        argv.add(value);
      }
      if (argv.isEmpty()) {
        command.assignments().forEach(a -> putAssignment(runEnv, a, args));
        continue;
      }
      String program = argv.get(0);
      if ("cd".equals(program)) {
        cwd = argv.size() > 1 ? ImagePaths.resolve(cwd, argv.get(1)) : null;
      } else if ("export".equals(program)) {
        for (int k = 1; k < command.words().size(); k++) {
          putAssignment(runEnv, command.words().get(k), args);
        }
      }
      commands.add(new CommandContext(run, command, argv, cwd, commandEnv));
    }
  }

  private void putAssignment(
      Map<String, String> target, ShellToken token, Map<String, String> args) {
    int eq = token.value().indexOf('=');
    if (eq <= 0) {
      return;
    }
    String value = token.value().substring(eq + 1);
    value = token.expands() ? expand(value, args) : value;
    if (value != null) {
      target.put(token.value().substring(0, eq), value);
    }
  }
}
