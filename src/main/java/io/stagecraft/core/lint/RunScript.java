package io.stagecraft.core.lint;

import io.stagecraft.core.split.ShellCommand;
import io.stagecraft.core.split.ShellScript;
import io.stagecraft.core.split.ShellToken;
import io.stagecraft.core.syntax.ArgumentForm;
import io.stagecraft.core.syntax.Heredoc;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import io.stagecraft.core.syntax.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * The simple commands a RUN executes, read with the shell reader: its shell-form text
 * (continuations, {@code &&}, {@code ;}, {@code ||}, pipes and quotes understood), its exec-form
 * words, and the bodies of its heredocs. A RUN inside ONBUILD counts too.
 */
public final class RunScript {
  private RunScript() {}

  /** The RUN itself, or the RUN an ONBUILD wraps; null for anything else. */
  public static Instruction run(Instruction i) {
    if (i.is(Keyword.RUN)) {
      return i;
    }
    if (i.is(Keyword.ONBUILD) && i.trigger() != null && i.trigger().is(Keyword.RUN)) {
      return i.trigger();
    }
    return null;
  }

  /** The commands of {@code run}, in order. */
  public static List<ShellCommand> commands(String text, char escape, Instruction run) {
    List<ShellCommand> commands = new ArrayList<>();
    if (run.form() == ArgumentForm.EXEC) {
      List<ShellToken> words = new ArrayList<>();
      for (Word w : run.words()) {
        words.add(new ShellToken(w.value(), w.range().start(), w.range().end(), false, false));
      }
      commands.add(new ShellCommand(List.of(), words));
    } else if (run.argumentsRange() != null) {
      commands.addAll(
          ShellScript.parse(
                  text, run.argumentsRange().start(), run.argumentsRange().end(), escape, true)
              .commands());
    }
    for (Heredoc h : run.heredocs()) {
      commands.addAll(
          ShellScript.parse(text, h.body().start(), h.body().end(), '\\', false).commands());
    }
    return commands;
  }

  /** The words of a command as plain strings. */
  public static List<String> argv(ShellCommand command) {
    return command.words().stream().map(ShellToken::value).toList();
  }

  /** The program's base name ({@code /usr/bin/apt-get} is {@code apt-get}), or "". */
  public static String program(ShellCommand command) {
    if (command.words().isEmpty()) {
      return "";
    }
    String p = command.words().get(0).value();
    return p.substring(p.lastIndexOf('/') + 1);
  }
}
