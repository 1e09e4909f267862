package io.stagecraft.core.lang;

import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.edit.TextEdit;
import io.stagecraft.core.lint.Problem;
import io.stagecraft.core.lint.QuickFix;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.syntax.ArgumentForm;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import io.stagecraft.core.syntax.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * The actions offered at an offset: the quick fixes of the lint problems there, converting CMD,
 * ENTRYPOINT or RUN to the exec form, and splitting the stage before the instruction (a command,
 * since the split is reviewed before it is applied).
 */
public final class CodeActions {
  /** The command that asks a front end to open the split review before a 1-based line. */
  public static final String SPLIT_STAGE_HERE = "stagecraft.splitStageHere";

  /** Characters that make a shell-form command need a shell to run. */
  private static final String SHELL_SYNTAX = "$|&;<>()*?[]{}~`\\\"'#=!";

  private CodeActions() {}

  /**
   * One action.
   *
   * @param kind an LSP code action kind, such as {@code refactor.rewrite}
   * @param edit the text edit, or null for a command
   * @param command the command for a front end to run, or null for an edit
   * @param line the 1-based line a command applies to
   */
  public record Action(String title, String kind, DocumentEdit edit, String command, int line) {}

  /** The command that asks a front end to open the split review of the final stage. */
  public static final String SLIM_IT = "stagecraft.slimIt";

  public static List<Action> at(Analysis analysis, int offset) {
    List<Action> actions = new ArrayList<>();
    for (Problem p : analysis.lint().problems()) {
      if (offset >= p.range().start() && offset <= p.range().end()) {
        for (QuickFix fix : p.fixes()) {
          if (fix.isEdit()) {
            actions.add(new Action(fix.title(), "quickfix", fix.edit(), null, p.line()));
          } else if (QuickFix.SLIM_IT.equals(fix.action())) {
            actions.add(new Action(fix.title(), "quickfix", null, SLIM_IT, p.line()));
          }
        }
      }
    }
    Instruction instruction = analysis.instructionAt(offset);
    if (instruction == null) {
      return actions;
    }
    DocumentEdit exec = toExecForm(analysis, instruction);
    if (exec != null) {
      actions.add(new Action(exec.description(), "refactor.rewrite", exec, null, 0));
    }
    Stage stage = analysis.graph().stageAt(offset);
    if (stage != null && !instruction.is(Keyword.FROM)) {
      actions.add(
          new Action(
              "Split stage here (line " + instruction.line() + ")",
              "refactor",
              null,
              SPLIT_STAGE_HERE,
              instruction.line()));
    }
    return actions;
  }

  /**
   * The edit that writes a shell-form CMD, ENTRYPOINT or RUN in the exec form, or null when it is
   * not one. A command that uses shell syntax becomes {@code ["/bin/sh", "-c", "..."]} so it still
   * runs the same way.
   */
  public static DocumentEdit toExecForm(Analysis analysis, Instruction i) {
    boolean applies = i.is(Keyword.CMD) || i.is(Keyword.ENTRYPOINT) || i.is(Keyword.RUN);
    if (!applies
        || i.form() != ArgumentForm.SHELL
        || !i.heredocs().isEmpty()
        || i.words().isEmpty()) {
      return null;
    }
    String written = i.argumentsRange().of(analysis.text());
    List<String> args = new ArrayList<>();
    if (written.indexOf('\n') >= 0 || needsShell(i.words())) {
      args.add("/bin/sh");
      args.add("-c");
      args.add(i.arguments());
    } else {
      for (Word w : i.words()) {
        args.add(w.value());
      }
    }
    StringBuilder json = new StringBuilder("[");
    for (int a = 0; a < args.size(); a++) {
      json.append(a == 0 ? "" : ", ").append(quote(args.get(a)));
    }
    json.append(']');
    return DocumentEdit.of(
        "Convert " + i.name() + " to exec form",
        new TextEdit(i.argumentsRange().start(), i.argumentsRange().length(), json.toString()));
  }

  private static boolean needsShell(List<Word> words) {
    for (Word w : words) {
      for (char c : w.raw().toCharArray()) {
        if (SHELL_SYNTAX.indexOf(c) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** A JSON string literal. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
