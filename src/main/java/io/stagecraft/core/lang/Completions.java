package io.stagecraft.core.lang;

import io.stagecraft.core.model.Stage;
import io.stagecraft.core.syntax.Element;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import io.stagecraft.core.syntax.ParserDirective;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What may be typed at an offset: instruction keywords at the start of an instruction, the flags
 * of the instruction, the keys and values of {@code --mount}, earlier stages after {@code
 * --from=}, in FROM and after {@code from=}, variables after {@code $} and {@code ${}, local images
 * in FROM, and parser directives at the top of the file.
 */
public final class Completions {
  private static final List<String> MOUNT_TYPES =
      List.of("bind", "cache", "secret", "ssh", "tmpfs");
  private static final List<String> SHARING = List.of("shared", "private", "locked");
  private static final List<String> NETWORKS = List.of("default", "none", "host");
  private static final List<String> SECURITY = List.of("sandbox", "insecure");

  private Completions() {}

  /**
   * The completions at {@code offset}, filtered by the word already typed before it.
   *
   * @param localImages image references the engine has (repository:tag), or an empty list
   */
  public static List<CompletionItem> at(Analysis analysis, int offset, List<String> localImages) {
    String text = analysis.text();
    int at = Math.max(0, Math.min(offset, text.length()));
    int lineStart = text.lastIndexOf('\n', at - 1) + 1;
    int wordStart = at;
    while (wordStart > lineStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = text.substring(wordStart, at);
    String before = text.substring(lineStart, wordStart);
    List<CompletionItem> items = new ArrayList<>();

    int dollar = word.lastIndexOf('$');
    if (dollar >= 0 && variableOpen(word, dollar)) {
      variables(analysis, at, wordStart + dollar, word.substring(dollar), items);
      return items;
    }
    String line = text.substring(lineStart, at).stripLeading();
    if (line.startsWith("#")) {
      if (inDirectiveArea(analysis, lineStart)) {
        directives(line.substring(1).stripLeading(), at, items);
      }
      return items;
    }
    Instruction instruction = analysis.instructionAt(at);
    boolean continuation =
        instruction != null
            && instruction.range().start() < lineStart
            && instruction.range().end() > lineStart;
    boolean firstWord = before.isBlank() && !continuation;
    if (firstWord || isOnbuildTrigger(instruction, wordStart)) {
      keywords(word, wordStart, at, instruction != null && instruction.is(Keyword.ONBUILD), items);
      return items;
    }
    if (instruction == null) {
      return items;
    }
    Instruction target = instruction.trigger() != null ? instruction.trigger() : instruction;
    if (word.startsWith("--")) {
      flags(analysis, target, word, wordStart, at, items);
      return items;
    }
    if (target.is(Keyword.FROM)) {
      fromArguments(analysis, target, word, wordStart, at, localImages, items);
    }
    return items;
  }

  private static boolean variableOpen(String word, int dollar) {
    String tail = word.substring(dollar + 1);
    if (tail.startsWith("{")) {
      return tail.indexOf('}') < 0 && tail.substring(1).chars().allMatch(Completions::namePart);
    }
    return tail.chars().allMatch(Completions::namePart);
  }

  private static boolean namePart(int c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static void variables(
      Analysis analysis, int at, int dollarOffset, String typed, List<CompletionItem> items) {
    boolean braced = typed.startsWith("${");
    int nameStart = dollarOffset + (braced ? 2 : 1);
    String prefix = typed.substring(braced ? 2 : 1);
    for (Variables.Definition d : analysis.variables().visibleAt(at)) {
      if (!startsWithIgnoreCase(d.name(), prefix)) {
        continue;
      }
      String value = analysis.variables().valueAt(d.name(), at);
      String detail =
          switch (d.kind()) {
            case GLOBAL_ARG -> "global ARG";
            case ARG -> "ARG";
            case ENV -> "ENV";
            case AUTOMATIC -> "automatic platform ARG";
          };
      String doc =
          (value == null ? "No default value." : "Value: `" + value + "`")
              + (d.instruction() == null
                  ? ""
                  : "\n\nDeclared on line " + d.nameRange().line() + ".");
      items.add(
          new CompletionItem(
              d.name(),
              CompletionItem.Kind.VARIABLE,
              braced ? d.name() + "}" : d.name(),
              nameStart,
              at,
              detail + (value == null ? "" : " = " + value),
              doc));
    }
  }

  private static boolean inDirectiveArea(Analysis analysis, int lineStart) {
    for (Element e : analysis.dockerfile().elements()) {
      if (e.range().start() >= lineStart) {
        return true;
      }
      if (!(e instanceof ParserDirective)) {
        return false;
      }
    }
    return true;
  }

  private static void directives(String typed, int at, List<CompletionItem> items) {
    if (typed.contains("=") || typed.contains(" ")) {
      return;
    }
    int replaceStart = at - typed.length();
    for (String name : Reference.directives()) {
      if (startsWithIgnoreCase(name, typed)) {
        Reference.Entry entry = Reference.directive(name);
        items.add(
            new CompletionItem(
                name,
                CompletionItem.Kind.DIRECTIVE,
                name + "=",
                replaceStart,
                at,
                entry.syntax(),
                entry.markdown()));
      }
    }
  }

  private static boolean isOnbuildTrigger(Instruction instruction, int wordStart) {
    return instruction != null
        && instruction.is(Keyword.ONBUILD)
        && wordStart > instruction.keyword().range().end()
        && (instruction.trigger() == null
            || wordStart <= instruction.trigger().keyword().range().start());
  }

  private static void keywords(
      String word, int wordStart, int at, boolean afterOnbuild, List<CompletionItem> items) {
    boolean lower = !word.isEmpty() && word.equals(word.toLowerCase(Locale.ROOT));
    for (Keyword k : Keyword.values()) {
      if (afterOnbuild && (k == Keyword.ONBUILD || k == Keyword.FROM || k == Keyword.MAINTAINER)) {
        continue;
      }
      if (!startsWithIgnoreCase(k.name(), word)) {
        continue;
      }
      String name = lower ? k.name().toLowerCase(Locale.ROOT) : k.name();
      Reference.Entry entry = Reference.instruction(k);
      items.add(
          new CompletionItem(
              name,
              CompletionItem.Kind.KEYWORD,
              name + " ",
              wordStart,
              at,
              entry.syntax(),
              entry.markdown()));
    }
  }

  private static void flags(
      Analysis analysis,
      Instruction instruction,
      String word,
      int wordStart,
      int at,
      List<CompletionItem> items) {
    Keyword kind = instruction.kind();
    if (kind == null) {
      return;
    }
    int eq = word.indexOf('=');
    if (eq < 0) {
      String typed = word.substring(2);
      for (String flag : Reference.flags()) {
        if (kind.acceptsFlag(flag) && startsWithIgnoreCase(flag, typed)) {
          Reference.Entry entry = Reference.flag(flag);
          String insert = "--" + flag + (kind.isBooleanFlag(flag) ? "" : "=");
          items.add(
              new CompletionItem(
                  "--" + flag,
                  CompletionItem.Kind.FLAG,
                  insert,
                  wordStart,
                  at,
                  entry.syntax(),
                  entry.markdown()));
        }
      }
      return;
    }
    String flag = word.substring(2, eq).toLowerCase(Locale.ROOT);
    int valueStart = wordStart + eq + 1;
    String value = word.substring(eq + 1);
    switch (flag) {
      case "from" -> stages(analysis, instruction, value, valueStart, at, items);
      case "mount" -> mountOption(analysis, instruction, value, valueStart, at, items);
      case "network" -> values(NETWORKS, value, valueStart, at, "network", items);
      case "security" -> values(SECURITY, value, valueStart, at, "security", items);
      default -> {}
    }
  }

  private static void mountOption(
      Analysis analysis,
      Instruction instruction,
      String value,
      int valueStart,
      int at,
      List<CompletionItem> items) {
    int comma = value.lastIndexOf(',');
    String option = value.substring(comma + 1);
    int optionStart = valueStart + comma + 1;
    int eq = option.indexOf('=');
    if (eq < 0) {
      for (String key : Reference.mountKeys()) {
        if (startsWithIgnoreCase(key, option)) {
          Reference.Entry entry = Reference.mountKey(key);
          boolean bare = key.equals("readonly") || key.equals("rw") || key.equals("required");
          items.add(
              new CompletionItem(
                  key,
                  CompletionItem.Kind.MOUNT_KEY,
                  bare ? key : key + "=",
                  optionStart,
                  at,
                  entry.syntax(),
                  entry.markdown()));
        }
      }
      return;
    }
    String key = option.substring(0, eq).toLowerCase(Locale.ROOT);
    String typed = option.substring(eq + 1);
    int typedStart = optionStart + eq + 1;
    switch (key) {
      case "type" -> values(MOUNT_TYPES, typed, typedStart, at, "mount type", items);
      case "sharing" -> values(SHARING, typed, typedStart, at, "cache sharing", items);
      case "from" -> stages(analysis, instruction, typed, typedStart, at, items);
      default -> {}
    }
  }

  private static void values(
      List<String> choices,
      String typed,
      int start,
      int at,
      String detail,
      List<CompletionItem> items) {
    for (String choice : choices) {
      if (startsWithIgnoreCase(choice, typed)) {
        items.add(
            new CompletionItem(choice, CompletionItem.Kind.VALUE, choice, start, at, detail, ""));
      }
    }
  }

  /** Stages defined before {@code instruction}, each with its base. */
  private static void stages(
      Analysis analysis,
      Instruction instruction,
      String typed,
      int start,
      int at,
      List<CompletionItem> items) {
    int here = instruction.range().start();
    for (Stage s : analysis.graph().stages()) {
      if (s.range().start() >= here || s.range().contains(here)) {
        break;
      }
      if (s.name() == null || !startsWithIgnoreCase(s.name(), typed)) {
        continue;
      }
      items.add(
          new CompletionItem(
              s.name(),
              CompletionItem.Kind.STAGE,
              s.name(),
              start,
              at,
              "stage " + s.index() + " FROM " + s.base(),
              Hovers.stageMarkdown(analysis, s)));
    }
  }

  private static void fromArguments(
      Analysis analysis,
      Instruction from,
      String word,
      int wordStart,
      int at,
      List<String> localImages,
      List<CompletionItem> items) {
    long wordsBefore = from.words().stream().filter(w -> w.range().end() <= wordStart).count();
    if (wordsBefore == 0) {
      stages(analysis, from, word, wordStart, at, items);
      Set<String> seen = new LinkedHashSet<>();
      for (String image : localImages) {
        if (image.startsWith(word) && !image.contains("<none>") && seen.add(image)) {
          items.add(
              new CompletionItem(
                  image, CompletionItem.Kind.IMAGE, image, wordStart, at, "local image", ""));
        }
      }
    } else if (wordsBefore == 1 && startsWithIgnoreCase("AS", word)) {
      boolean lower = !word.isEmpty() && word.equals(word.toLowerCase(Locale.ROOT));
      String as = lower ? "as" : "AS";
      items.add(
          new CompletionItem(
              as,
              CompletionItem.Kind.KEYWORD,
              as + " ",
              wordStart,
              at,
              "name the stage",
              "Names the stage, so that later stages can refer to it."));
    }
  }

  private static boolean startsWithIgnoreCase(String candidate, String prefix) {
    return candidate.regionMatches(true, 0, prefix, 0, prefix.length());
  }
}
