package io.stagecraft.core.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses one logical instruction line (continuations already joined) into an {@link Instruction},
 * following the rules of BuildKit's Dockerfile frontend. Problems are reported, never thrown.
 */
final class InstructionParser {
  private static final List<String> KEYWORD_NAMES =
      Arrays.stream(Keyword.values()).map(Enum::name).toList();

  private final char escape;
  private final LineIndex lines;
  private final Diagnostics diagnostics;

  InstructionParser(char escape, LineIndex lines, Diagnostics diagnostics) {
    this.escape = escape;
    this.lines = lines;
    this.diagnostics = diagnostics;
  }

  /** Parses the instruction that starts at or after {@code from} in {@code line}. */
  Instruction parse(MappedText line, int from, SourceRange range, List<SourceRange> innerComments) {
    String text = line.text();
    int end = Chars.trimTrailingSpaces(text, from, text.length());
    int kwStart = Chars.skipSpaces(text, from, end);
    int kwEnd = kwStart;
    while (kwEnd < end && !Chars.isSpace(text.charAt(kwEnd))) {
      kwEnd++;
    }
    Token keyword = new Token(line.range(kwStart, kwEnd), text.substring(kwStart, kwEnd));
    Keyword kind = Keyword.of(keyword.text());
    if (kind == null) {
      String suggestion = EditDistance.closest(keyword.text(), KEYWORD_NAMES);
      diagnostics.error(
          keyword.range(),
          "unknown-instruction",
          "unknown instruction: "
              + keyword.text()
              + (suggestion == null ? "" : " (did you mean " + suggestion + "?)"));
    }

    List<Flag> flags = new ArrayList<>();
    int argStart = parseFlags(line, kwEnd, end, flags);
    argStart = Chars.skipSpaces(text, argStart, end);
    if (kind != null) {
      checkFlags(kind, flags);
    }
    Arguments args = new Arguments(line, argStart, end);
    Instruction trigger = null;
    if (kind != null) {
      switch (kind) {
        case FROM -> fromArguments(keyword, args);
        case RUN, CMD, ENTRYPOINT -> args.execOrShell(diagnostics, keyword);
        case SHELL -> {
          args.execOrShell(diagnostics, keyword);
          if (args.form == ArgumentForm.SHELL) {
            diagnostics.error(
                args.range(), "shell-not-json", "SHELL requires the arguments to be in JSON form");
          }
        }
        case COPY, ADD, VOLUME -> args.execOrShell(diagnostics, keyword);
        case ENV, LABEL -> args.pairs = nameValuePairs(line, argStart, end, keyword);
        case ARG -> args.pairs = argNames(line, argStart, end, keyword);
        case HEALTHCHECK -> trigger = healthcheck(line, argStart, end, range, args, keyword);
        case ONBUILD -> trigger = onbuild(line, argStart, end, range, keyword);
        default -> args.whitespaceWords();
      }
      requireArguments(kind, keyword, args);
    } else {
      args.whitespaceWords();
    }
    List<VariableRef> variables = VariableScanner.scan(line, kwEnd, end, escape);
    List<Heredoc> heredocs =
        kind != null && kind.allowsHeredocs() && args.form == ArgumentForm.SHELL
            ? heredocMarkers(line, argStart, end)
            : List.of();
    return new Instruction(
        range,
        keyword,
        kind,
        List.copyOf(flags),
        args.text(),
        args.range(),
        args.form,
        List.copyOf(args.words),
        List.copyOf(args.pairs),
        heredocs,
        variables,
        trigger,
        innerComments);
  }

  /**
   * The heredoc openers among the shell words of the arguments, without bodies yet: the line parser
   * reads those from the lines that follow.
   */
  private List<Heredoc> heredocMarkers(MappedText line, int from, int end) {
    String text = line.text();
    if (text.indexOf("<<", from) < 0) {
      return List.of();
    }
    List<Heredoc> markers = new ArrayList<>();
    int[] words = WordSplitter.split(text, from, end, '\\');
    for (int i = 0; i < words.length; i += 2) {
      int wordStart = words[i];
      if (HeredocMarker.isBareOperator(text.substring(wordStart, words[i + 1]))
          && i + 2 < words.length) {
        // BuildKit's shell lexer keeps the blanks after "<<" in the word: "<<  EOF" is one marker.
        i += 2;
      }
      int wordEnd = words[i + 1];
      String word = text.substring(wordStart, wordEnd);
      HeredocMarker m = HeredocMarker.of(word);
      if (m == null && HeredocMarker.hasUnclosedQuoteInDelimiter(word)) {
        diagnostics.error(
            line.range(wordStart, wordEnd),
            "heredoc-unclosed-quote",
            "unclosed quote in the heredoc delimiter " + word);
      }
      if (m != null) {
        markers.add(
            new Heredoc(
                line.range(wordStart, wordEnd),
                m.name(),
                m.fileDescriptor(),
                m.chomp(),
                m.expand(),
                null,
                null));
      }
    }
    return List.copyOf(markers);
  }

  private void requireArguments(Keyword kind, Token keyword, Arguments args) {
    boolean empty = args.start >= args.end;
    switch (kind) {
      case COPY, ADD -> {
        if (args.words.size() < 2
            && (args.words.isEmpty() || HeredocMarker.of(args.words.get(0).raw()) == null)) {
          diagnostics.error(
              args.rangeOrKeyword(keyword),
              "missing-arguments",
              kind
                  + " requires at least two arguments, but only "
                  + args.words.size()
                  + " provided");
        }
      }
      case ARG,
          ENV,
          LABEL,
          EXPOSE,
          VOLUME,
          WORKDIR,
          USER,
          STOPSIGNAL,
          MAINTAINER,
          ONBUILD,
          HEALTHCHECK,
          FROM,
          SHELL -> {
        if (empty) {
          diagnostics.error(
              keyword.range(), "missing-arguments", kind + " requires at least one argument");
        }
      }
      default -> {}
    }
  }

  /**
   * Reads {@code --name[=value]} flags like BuildKit's extractBuilderFlags; returns where arguments
   * start.
   */
  private int parseFlags(MappedText line, int from, int end, List<Flag> flags) {
    String text = line.text();
    int pos = from;
    while (true) {
      pos = Chars.skipSpaces(text, pos, end);
      if (pos + 1 >= end || text.charAt(pos) != '-' || text.charAt(pos + 1) != '-') {
        return pos;
      }
      int wordStart = pos;
      StringBuilder word = new StringBuilder();
      int[] offsets = new int[end - pos];
      int n = 0;
      char quote = 0;
      while (pos < end) {
        char c = text.charAt(pos);
        if (quote == 0 && Chars.isSpace(c)) {
          break;
        }
        if (quote == 0 && (c == '\'' || c == '"')) {
          quote = c;
          pos++;
          continue;
        }
        if (quote != 0 && c == quote) {
          quote = 0;
          pos++;
          continue;
        }
        if (c == '\\') {
          if (pos + 1 == end) {
            pos++;
            continue;
          }
          pos++;
          c = text.charAt(pos);
        }
        offsets[n++] = line.sourceOffset(pos);
        word.append(c);
        pos++;
      }
      if (word.length() == 2
          && word.charAt(0) == '-'
          && word.charAt(1) == '-'
          && pos - wordStart == 2) {
        return Chars.skipSpaces(text, pos, end);
      }
      flags.add(flag(line, wordStart, pos, word.toString(), Arrays.copyOf(offsets, n)));
    }
  }

  private Flag flag(MappedText line, int start, int end, String word, int[] offsets) {
    int eq = word.indexOf('=');
    int nameEnd = eq < 0 ? word.length() : eq;
    String name = word.substring(2, nameEnd);
    SourceRange nameRange =
        nameEnd > 2
            ? lines.range(offsets[2], offsets[nameEnd - 1] + 1)
            : line.range(start, start + 2);
    MappedText value = null;
    if (eq >= 0) {
      value =
          MappedText.fromOffsets(
              word.substring(eq + 1), Arrays.copyOfRange(offsets, eq + 1, word.length()), lines);
    }
    return new Flag(line.range(start, end), new Token(nameRange, name), value);
  }

  private void checkFlags(Keyword kind, List<Flag> flags) {
    Set<String> seen = new HashSet<>();
    for (Flag flag : flags) {
      String name = flag.name();
      if (!kind.acceptsFlag(name)) {
        diagnostics.error(
            flag.range(),
            "unknown-flag",
            "unknown flag for " + kind + ": --" + flag.nameToken().text());
        continue;
      }
      if (!seen.add(name) && !kind.isRepeatableFlag(name)) {
        diagnostics.error(flag.range(), "duplicate-flag", "duplicate flag specified: --" + name);
      }
      if (kind.isBooleanFlag(name)) {
        String v = flag.value();
        if (v != null && !v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
          diagnostics.error(
              flag.valueRange(),
              "invalid-flag-value",
              "expecting boolean value for flag --" + name + ", not: " + v);
        }
      } else if (!flag.hasValue()) {
        diagnostics.error(flag.range(), "missing-flag-value", "missing a value on flag --" + name);
      }
    }
  }

  private void fromArguments(Token keyword, Arguments args) {
    args.whitespaceWords();
    int n = args.words.size();
    boolean named = n == 3 && args.words.get(1).raw().equalsIgnoreCase("as");
    if (n != 1 && !named && n != 0) {
      SourceRange at = n == 3 ? args.words.get(1).range() : args.range();
      diagnostics.error(
          at,
          "from-arguments",
          "FROM requires either one argument, or three: FROM <image> AS <name>");
    }
  }

  /** ENV and LABEL: {@code name=value ...}, or the legacy {@code name value}. */
  private List<KeyValue> nameValuePairs(MappedText line, int from, int end, Token keyword) {
    String text = line.text();
    int[] words = WordSplitter.split(text, from, end, escape);
    List<KeyValue> pairs = new ArrayList<>();
    if (words.length == 0) {
      return pairs;
    }
    if (text.indexOf('=', words[0]) < 0 || text.indexOf('=', words[0]) >= words[1]) {
      int nameEnd = words[1];
      int valueStart = Chars.skipSpaces(text, nameEnd, end);
      Token key = new Token(line.range(words[0], nameEnd), text.substring(words[0], nameEnd));
      if (valueStart >= end) {
        diagnostics.error(
            line.range(words[0], end),
            "missing-value",
            keyword.text().toUpperCase(Locale.ROOT)
                + " "
                + key.text()
                + " must have two arguments");
        pairs.add(new KeyValue(key.range(), key, null, null));
      } else {
        pairs.add(
            new KeyValue(
                line.range(words[0], end),
                key,
                text.substring(valueStart, end),
                line.range(valueStart, end)));
      }
      return pairs;
    }
    for (int i = 0; i < words.length; i += 2) {
      int s = words[i];
      int e = words[i + 1];
      int eq = text.indexOf('=', s);
      if (eq < 0 || eq >= e) {
        diagnostics.error(
            line.range(s, e),
            "missing-equals",
            "can't find = in \"" + text.substring(s, e) + "\"; must be of the form: name=value");
        Token key = new Token(line.range(s, e), text.substring(s, e));
        pairs.add(new KeyValue(key.range(), key, null, null));
        continue;
      }
      pairs.add(pair(line, s, eq, e));
    }
    return pairs;
  }

  /** ARG: one or more {@code name} or {@code name=default}. */
  private List<KeyValue> argNames(MappedText line, int from, int end, Token keyword) {
    String text = line.text();
    int[] words = WordSplitter.split(text, from, end, escape);
    List<KeyValue> pairs = new ArrayList<>();
    for (int i = 0; i < words.length; i += 2) {
      int s = words[i];
      int e = words[i + 1];
      int eq = text.indexOf('=', s);
      if (eq < 0 || eq >= e) {
        Token key = new Token(line.range(s, e), text.substring(s, e));
        pairs.add(new KeyValue(key.range(), key, null, null));
      } else {
        pairs.add(pair(line, s, eq, e));
      }
    }
    return pairs;
  }

  private KeyValue pair(MappedText line, int start, int eq, int end) {
    String text = line.text();
    Token key = new Token(line.range(start, eq), text.substring(start, eq));
    String value = WordSplitter.unquote(text, eq + 1, end, escape);
    return new KeyValue(line.range(start, end), key, value, line.range(eq + 1, end));
  }

  private Instruction healthcheck(
      MappedText line, int from, int end, SourceRange range, Arguments args, Token keyword) {
    String text = line.text();
    int wordEnd = from;
    while (wordEnd < end && !Chars.isSpace(text.charAt(wordEnd))) {
      wordEnd++;
    }
    String type = text.substring(from, wordEnd).toUpperCase(Locale.ROOT);
    if (from >= end) {
      return null;
    }
    if (type.equals("NONE")) {
      args.whitespaceWords();
      if (Chars.skipSpaces(text, wordEnd, end) < end) {
        diagnostics.error(
            args.range(), "healthcheck-none-arguments", "HEALTHCHECK NONE takes no arguments");
      }
      return null;
    }
    if (type.equals("CMD")) {
      Instruction cmd = parse(line, from, range, List.of());
      args.words.addAll(cmd.words());
      args.form = cmd.form();
      if (cmd.argumentsRange().length() == 0) {
        diagnostics.error(
            cmd.keyword().range(), "missing-arguments", "HEALTHCHECK CMD requires a command");
      }
      return cmd;
    }
    diagnostics.error(
        line.range(from, wordEnd),
        "healthcheck-type",
        "unknown type " + text.substring(from, wordEnd) + " in HEALTHCHECK (try CMD)");
    args.whitespaceWords();
    return null;
  }

  private Instruction onbuild(
      MappedText line, int from, int end, SourceRange range, Token keyword) {
    if (from >= end) {
      return null;
    }
    Instruction trigger = parse(line, from, range, List.of());
    if (trigger.kind() == Keyword.ONBUILD) {
      diagnostics.error(
          trigger.keyword().range(),
          "onbuild-onbuild",
          "chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
    } else if (trigger.kind() == Keyword.FROM || trigger.kind() == Keyword.MAINTAINER) {
      diagnostics.error(
          trigger.keyword().range(),
          "onbuild-trigger",
          trigger.name() + " isn't allowed as an ONBUILD trigger");
    }
    return trigger;
  }

  /** The argument part of an instruction and its split into words. */
  private final class Arguments {
    final MappedText line;
    final int start;
    final int end;
    ArgumentForm form;
    final List<Word> words = new ArrayList<>();
    List<KeyValue> pairs = List.of();

    Arguments(MappedText line, int start, int end) {
      this.line = line;
      this.start = start;
      this.end = Math.max(start, end);
      this.form = start < end ? ArgumentForm.SHELL : ArgumentForm.NONE;
    }

    String text() {
      return line.text().substring(start, end);
    }

    SourceRange range() {
      return line.range(start, end);
    }

    SourceRange rangeOrKeyword(Token keyword) {
      return start < end ? range() : keyword.range();
    }

    void whitespaceWords() {
      String text = line.text();
      int[] spans = WordSplitter.splitOnWhitespace(text, start, end);
      for (int i = 0; i < spans.length; i += 2) {
        String raw = text.substring(spans[i], spans[i + 1]);
        words.add(new Word(line.range(spans[i], spans[i + 1]), raw, raw));
      }
    }

    void execOrShell(Diagnostics diagnostics, Token keyword) {
      if (start >= end) {
        return;
      }
      JsonStringArray.Result json = JsonStringArray.parse(line.text(), start, end);
      switch (json.kind()) {
        case STRINGS -> {
          form = ArgumentForm.EXEC;
          for (int i = 0; i < json.values().size(); i++) {
            int[] span = json.spans().get(i);
            words.add(
                new Word(
                    line.range(span[0], span[1]),
                    line.text().substring(span[0], span[1]),
                    json.values().get(i)));
          }
        }
        case NOT_STRINGS -> {
          form = ArgumentForm.EXEC;
          diagnostics.error(
              range(),
              "json-not-strings",
              "the JSON form of "
                  + keyword.text().toUpperCase(Locale.ROOT)
                  + " must be an array of strings");
        }
        case NOT_JSON -> whitespaceWords();
      }
    }
  }
}
