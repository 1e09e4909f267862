package io.stagecraft.core.split;

import java.util.ArrayList;
import java.util.List;

/**
 * The simple commands of a piece of shell text, with source offsets. It reads quotes, escapes,
 * operators and redirections well enough to recognise build commands and to tell whether a command
 * needs a shell at all; it is not a full shell parser.
 */
public final class ShellScript {
  private final List<ShellCommand> commands;
  private final boolean needsShell;

  private ShellScript(List<ShellCommand> commands, boolean needsShell) {
    this.commands = List.copyOf(commands);
    this.needsShell = needsShell;
  }

  /**
   * Reads {@code text[start, end)}. With {@code dockerContinuations}, {@code dockerEscape} followed
   * by a line break joins lines and comment lines between them are dropped, as in an instruction's
   * arguments; without it the text is a script body (a heredoc), where line breaks end commands.
   */
  public static ShellScript parse(
      String text, int start, int end, char dockerEscape, boolean dockerContinuations) {
    return new Reader(text, start, end, dockerEscape, dockerContinuations).read();
  }

  /** Reads a whole string as a script body. */
  public static ShellScript parse(String script) {
    return parse(script, 0, script.length(), '\\', false);
  }

  public List<ShellCommand> commands() {
    return commands;
  }

  /**
   * True when running this text takes a shell: more than one command, operators, redirections,
   * expansions, wildcards, comments or leading assignments.
   */
  public boolean needsShell() {
    return needsShell;
  }

  private static final class Reader {
    private final String text;
    private final int end;
    private final char dockerEscape;
    private final boolean dockerContinuations;
    private final List<ShellCommand> commands = new ArrayList<>();
    private final List<ShellToken> assignments = new ArrayList<>();
    private final List<ShellToken> words = new ArrayList<>();
    private final StringBuilder word = new StringBuilder();
    private int pos;
    private int wordStart = -1;
    private int wordEnd;
    private boolean expands;
    private boolean glob;
    private boolean quoted;
    private boolean skipNextWord;
    private boolean needsShell;

    Reader(String text, int start, int end, char dockerEscape, boolean dockerContinuations) {
      this.text = text;
      this.pos = start;
      this.end = end;
      this.dockerEscape = dockerEscape;
      this.dockerContinuations = dockerContinuations;
    }

    ShellScript read() {
      while (pos < end) {
        char c = text.charAt(pos);
        if (dockerContinuations && c == dockerEscape && lineBreakAt(pos + 1)) {
          skipContinuation();
        } else if (c == ' ' || c == '\t' || c == '\r') {
          endWord();
          pos++;
        } else if (c == '\n') {
          endCommand();
          pos++;
        } else if (c == '#' && wordStart < 0) {
          needsShell = true;
          skipToLineEnd();
        } else if (c == '\'') {
          single();
        } else if (c == '"') {
          doubleQuoted();
        } else if (c == '\\') {
          escaped();
        } else if (c == '$') {
          dollar();
        } else if (c == '`') {
          backtick();
        } else if (c == '&' || c == '|' || c == ';' || c == '(' || c == ')') {
          operator(c);
        } else if (c == '>' || c == '<') {
          redirection();
        } else {
          if (c == '*' || c == '?' || c == '[') {
            glob = true;
          } else if (c == '~' && wordStart < 0) {
            expands = true;
          }
          append(c, 1);
        }
      }
      endCommand();
      if (commands.size() > 1) {
        needsShell = true;
      }
      return new ShellScript(commands, needsShell);
    }

    private boolean lineBreakAt(int i) {
      return i < end
          && (text.charAt(i) == '\n'
              || (text.charAt(i) == '\r' && i + 1 < end && text.charAt(i + 1) == '\n'));
    }

    /** Skips an escaped line break, then comment and empty lines, as the Dockerfile parser does. */
    private void skipContinuation() {
      pos = text.indexOf('\n', pos) + 1;
      while (pos < end) {
        int lineEnd = text.indexOf('\n', pos);
        lineEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
        String line = text.substring(pos, lineEnd).strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          break;
        }
        pos = Math.min(end, lineEnd + 1);
      }
    }

    private void skipToLineEnd() {
      while (pos < end && text.charAt(pos) != '\n') {
        if (dockerContinuations && text.charAt(pos) == dockerEscape && lineBreakAt(pos + 1)) {
          skipContinuation();
          continue;
        }
        pos++;
      }
    }

    private void append(char c, int consumed) {
      if (wordStart < 0) {
        wordStart = pos;
      }
      word.append(c);
      pos += consumed;
      wordEnd = pos;
    }

    private void appendRaw(int from, int to) {
      if (wordStart < 0) {
        wordStart = from;
      }
      word.append(text, from, to);
      pos = to;
      wordEnd = pos;
    }

    private void single() {
      int close = text.indexOf('\'', pos + 1);
      close = close < 0 || close >= end ? end : close;
      if (wordStart < 0) {
        wordStart = pos;
      }
      word.append(text, pos + 1, close);
      quoted = true;
      pos = Math.min(end, close + 1);
      wordEnd = pos;
    }

    private void doubleQuoted() {
      if (wordStart < 0) {
        wordStart = pos;
      }
      quoted = true;
      pos++;
      while (pos < end && text.charAt(pos) != '"') {
        char c = text.charAt(pos);
        if (c == '\\' && pos + 1 < end && "$`\"\\\n".indexOf(text.charAt(pos + 1)) >= 0) {
          if (text.charAt(pos + 1) != '\n') {
            word.append(text.charAt(pos + 1));
          }
          pos += 2;
        } else {
          if (c == '$' || c == '`') {
            expands = true;
            needsShell = true;
          }
          word.append(c);
          pos++;
        }
      }
      pos = Math.min(end, pos + 1);
      wordEnd = pos;
    }

    private void escaped() {
      if (pos + 1 >= end) {
        pos++;
        return;
      }
      if (text.charAt(pos + 1) == '\n') {
        pos += 2;
        return;
      }
      if (wordStart < 0) {
        wordStart = pos;
      }
      quoted = true;
      word.append(text.charAt(pos + 1));
      pos += 2;
      wordEnd = pos;
    }

    private void dollar() {
      expands = true;
      needsShell = true;
      int from = pos;
      if (pos + 1 < end && (text.charAt(pos + 1) == '(' || text.charAt(pos + 1) == '{')) {
        char open = text.charAt(pos + 1);
        char close = open == '(' ? ')' : '}';
        int depth = 0;
        int i = pos + 1;
        for (; i < end; i++) {
          if (text.charAt(i) == open) {
            depth++;
          } else if (text.charAt(i) == close && --depth == 0) {
            break;
          }
        }
        appendRaw(from, Math.min(end, i + 1));
      } else {
        append('$', 1);
      }
    }

    private void backtick() {
      expands = true;
      needsShell = true;
      int close = text.indexOf('`', pos + 1);
      appendRaw(pos, close < 0 || close >= end ? end : close + 1);
    }

    private void operator(char c) {
      needsShell = true;
      endCommand();
      pos++;
      if ((c == '&' || c == '|') && pos < end && text.charAt(pos) == c) {
        pos++;
      } else if (c == '&' && pos < end && text.charAt(pos) == '>') {
        pos++;
        skipNextWord = true;
      }
    }

    private void redirection() {
      needsShell = true;
      if (wordStart >= 0 && !quoted && word.chars().allMatch(Character::isDigit)) {
        resetWord();
      } else {
        endWord();
      }
      pos++;
      while (pos < end
          && (text.charAt(pos) == '>'
              || text.charAt(pos) == '<'
              || text.charAt(pos) == '&'
              || text.charAt(pos) == '-')) {
        pos++;
      }
      // A duplication such as 2>&1 has its target glued on; anything else names a file next.
      int digits = pos;
      while (digits < end && Character.isDigit(text.charAt(digits))) {
        digits++;
      }
      if (digits > pos && text.charAt(pos - 1) == '&') {
        pos = digits;
      } else {
        skipNextWord = true;
      }
    }

    private void endWord() {
      if (wordStart < 0) {
        return;
      }
      ShellToken token = new ShellToken(word.toString(), wordStart, wordEnd, expands, glob);
      if (skipNextWord) {
        skipNextWord = false;
      } else if (words.isEmpty() && !quoted && isAssignment(token.value())) {
        needsShell = true;
        assignments.add(token);
      } else {
        words.add(token);
      }
      resetWord();
    }

    private void resetWord() {
      word.setLength(0);
      wordStart = -1;
      expands = false;
      glob = false;
      quoted = false;
    }

    private void endCommand() {
      endWord();
      skipNextWord = false;
      if (!words.isEmpty() || !assignments.isEmpty()) {
        commands.add(new ShellCommand(assignments, words));
      }
      assignments.clear();
      words.clear();
    }

    private static boolean isAssignment(String value) {
      int eq = value.indexOf('=');
      if (eq <= 0) {
        return false;
      }
      for (int i = 0; i < eq; i++) {
        char c = value.charAt(i);
        if (!(c == '_' || Character.isLetter(c) || (i > 0 && Character.isDigit(c)))) {
          return false;
        }
      }
      return true;
    }
  }
}
