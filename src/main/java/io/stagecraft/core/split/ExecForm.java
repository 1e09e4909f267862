package io.stagecraft.core.split;

import io.stagecraft.core.edit.CopyPaths;
import io.stagecraft.core.syntax.ArgumentForm;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Word;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Exec-form (JSON) command lines: writing them, and turning shell form into them when no shell is
 * needed.
 */
public final class ExecForm {
  private ExecForm() {}

  /** {@code ["a", "b"]}. */
  public static String json(List<String> argv) {
    return argv.stream().map(CopyPaths::json).collect(Collectors.joining(", ", "[", "]"));
  }

  /**
   * The command an instruction runs, as an argument vector: its JSON words in exec form, or its
   * shell-form text split into words when that needs no shell (a leading {@code exec} dropped).
   * Null when the shell form uses something only a shell can do.
   */
  public static List<String> argv(String text, char escape, Instruction instruction) {
    if (instruction.form() == ArgumentForm.EXEC) {
      return instruction.words().stream().map(Word::value).toList();
    }
    if (instruction.form() != ArgumentForm.SHELL) {
      return null;
    }
    ShellScript script =
        ShellScript.parse(
            text,
            instruction.argumentsRange().start(),
            instruction.argumentsRange().end(),
            escape,
            true);
    if (script.needsShell() || script.commands().size() != 1) {
      return null;
    }
    List<ShellToken> words = script.commands().get(0).words();
    if (words.stream().anyMatch(w -> !w.isLiteral())) {
      return null;
    }
    List<String> argv = words.stream().map(ShellToken::value).toList();
    return argv.size() > 1 && argv.get(0).equals("exec") ? argv.subList(1, argv.size()) : argv;
  }

  /** What in a shell-form command needs a shell, in words, for a message. */
  public static String shellFeature(String arguments) {
    String[][] features = {
      {"&&", "&&"},
      {"||", "||"},
      {"|", "a pipe"},
      {";", "';'"},
      {"$", "a variable"},
      {"`", "command substitution"},
      {">", "a redirection"},
      {"<", "a redirection"},
      {"*", "a wildcard"},
      {"?", "a wildcard"},
      {"~", "'~'"},
      {"#", "a comment"}
    };
    for (String[] f : features) {
      if (arguments.contains(f[0])) {
        return f[1];
      }
    }
    return "a leading variable assignment or shell syntax";
  }
}
