package io.stagecraft.core.lint.shellcheck;

import io.stagecraft.core.syntax.ArgumentForm;
import io.stagecraft.core.syntax.Heredoc;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.LineIndex;
import io.stagecraft.core.syntax.SourceRange;
import java.util.Arrays;
import java.util.Locale;

/**
 * The script a shell runs for one RUN, as the builder hands it over, with the Dockerfile offset of
 * each of its characters, so a line and column ShellCheck gives in the script map back to the
 * Dockerfile.
 *
 * <ul>
 *   <li>Shell form: the arguments with the builder's line continuations removed, and the blank and
 *       comment lines inside them dropped, as BuildKit joins them.
 *   <li>{@code RUN <<EOF} alone: the heredoc's body is the script; a {@code #!} line picks its
 *       shell, and a body for another interpreter ({@code #!/usr/bin/env python3}) is no script.
 *   <li>A command with heredocs ({@code RUN cat <<EOF > /f}): the command line, then each body and
 *       its terminator line, which is what the shell reads.
 * </ul>
 */
public final class ShellScriptOfRun {
  private final String script;
  private final int[] offsets;
  private final int[] lineStarts;
  private final String shebangDialect;

  private ShellScriptOfRun(String script, int[] offsets, String shebangDialect) {
    this.script = script;
    this.offsets = offsets;
    this.shebangDialect = shebangDialect;
    int[] starts = new int[script.length() + 1];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < script.length(); i++) {
      if (script.charAt(i) == '\n') {
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  /** The script of {@code run} in {@code text}, or null when the RUN has none for a shell. */
  public static ShellScriptOfRun of(String text, char escape, Instruction run) {
    if (run.form() != ArgumentForm.SHELL || run.argumentsRange() == null) {
      return null;
    }
    Builder b = new Builder(text);
    if (run.heredocs().size() == 1 && run.words().size() == 1) {
      Heredoc h = run.heredocs().get(0);
      b.copy(h.body().start(), h.body().end());
      String dialect = shebang(h.body().of(text));
      if (dialect != null && dialect.isEmpty()) {
        return null;
      }
      return b.build(dialect);
    }
    b.join(run.argumentsRange().start(), run.argumentsRange().end(), escape);
    if (run.heredocs().isEmpty()) {
      return b.build(null);
    }
    // The line break that ends the command line; each body then runs on to its terminator's.
    b.copy(run.heredocs().get(0).body().start() - 1, run.heredocs().get(0).body().start());
    for (Heredoc h : run.heredocs()) {
      b.copy(h.body().start(), h.terminator() == null ? h.body().end() : h.terminator().end());
    }
    return b.build(null);
  }

  /**
   * The dialect a body's {@code #!} line names: null when it has none, "" when it names a program
   * that is not a shell ShellCheck reads.
   */
  private static String shebang(String body) {
    if (!body.startsWith("#!")) {
      return null;
    }
    int eol = body.indexOf('\n');
    String line = (eol < 0 ? body.substring(2) : body.substring(2, eol)).strip();
    String[] words = line.split("\\s+");
    String program = words[0].substring(words[0].lastIndexOf('/') + 1);
    if (program.equals("env") && words.length > 1) {
      program = words[1];
    }
    String dialect = ShellDialect.of(program);
    return dialect == null ? "" : dialect;
  }

  public String text() {
    return script;
  }

  /** The shell a {@code #!} line of a heredoc script names, or null. */
  public String shebangDialect() {
    return shebangDialect;
  }

  /**
   * The Dockerfile range of ShellCheck's span from ({@code line}, {@code column}) to ({@code
   * endLine}, {@code endColumn}), lines counted from this script's first; clamped to the script.
   */
  public SourceRange range(LineIndex lines, int line, int column, int endLine, int endColumn) {
    int from = index(line, column);
    int to = Math.max(from, index(endLine, endColumn));
    int start = sourceAt(from);
    int end = to > from ? offsets[to - 1] + 1 : start;
    return lines.range(start, end);
  }

  private int index(int line, int column) {
    if (line < 1) {
      return 0;
    }
    if (line > lineStarts.length) {
      return script.length();
    }
    int start = lineStarts[line - 1];
    int lineEnd = line < lineStarts.length ? lineStarts[line] - 1 : script.length();
    return Math.min(start + Math.max(0, column - 1), lineEnd);
  }

  private int sourceAt(int i) {
    if (offsets.length == 0) {
      return 0;
    }
    return i < offsets.length ? offsets[i] : offsets[offsets.length - 1] + 1;
  }

  /** Collects the script's characters and where each came from. */
  private static final class Builder {
    private final String text;
    private final StringBuilder script = new StringBuilder();
    private int[] offsets = new int[64];

    Builder(String text) {
      this.text = text;
    }

    void copy(int from, int to) {
      for (int i = from; i < to; i++) {
        add(i);
      }
    }

    /** Copies {@code text[from, to)}, leaving out continuations as the builder does. */
    void join(int from, int to, char escape) {
      int i = from;
      while (i < to) {
        char c = text.charAt(i);
        int afterBreak = c == escape ? lineBreakEnd(i + 1, to) : -1;
        if (afterBreak < 0) {
          add(i++);
          continue;
        }
        i = afterBreak;
        while (i < to) {
          int eol = text.indexOf('\n', i);
          int lineEnd = eol < 0 || eol >= to ? to : eol;
          String line = text.substring(i, lineEnd).strip();
          if (!line.isEmpty() && !line.startsWith("#")) {
            break;
          }
          i = Math.min(to, lineEnd + 1);
        }
      }
    }

    /** The offset after a line break starting at {@code i}, or -1 when none starts there. */
    private int lineBreakEnd(int i, int to) {
      int j = i;
      while (j < to && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
        j++;
      }
      if (j < to && text.charAt(j) == '\r') {
        j++;
      }
      return j < to && text.charAt(j) == '\n' ? j + 1 : -1;
    }

    private void add(int offset) {
      if (script.length() == offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      offsets[script.length()] = offset;
      script.append(text.charAt(offset));
    }

    ShellScriptOfRun build(String shebangDialect) {
      return new ShellScriptOfRun(
          script.toString(), Arrays.copyOf(offsets, script.length()), shebangDialect);
    }
  }

  /** The dialects ShellCheck reads, by the shell program's name. */
  static final class ShellDialect {
    private ShellDialect() {}

    /** sh, bash, dash or ksh for a shell program's base name; null for anything else. */
    static String of(String program) {
      return switch (program.toLowerCase(Locale.ROOT)) {
        case "sh", "ash", "busybox" -> "sh";
        case "bash" -> "bash";
        case "dash" -> "dash";
        case "ksh", "mksh", "ksh93", "pdksh" -> "ksh";
        default -> null;
      };
    }
  }
}
