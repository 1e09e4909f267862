package io.stagecraft.core.lint.hadolint;

import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.lint.RunScript;
import io.stagecraft.core.lint.StageChain;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.split.ShellCommand;
import io.stagecraft.core.syntax.Flag;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import io.stagecraft.core.syntax.Word;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * hadolint's rules about COPY: {@code --from} names an earlier stage and not its own, a relative
 * destination needs a WORKDIR, an archive copied only to be extracted, and a whole filesystem
 * copied from another stage.
 */
final class CopyRules {
  private static final Pattern QUOTES_AT_THE_ENDS = Pattern.compile("^[\"']+|[\"']+$");

  private CopyRules() {}

  static final Rule DL3010 =
      Hadolint.rule(
          "DL3010",
          LintSeverity.INFO,
          "Use `ADD` for extracting archives into an image",
          "A copied archive stays in its layer even when a later RUN extracts it; ADD extracts a"
              + " local archive as it copies.\n\nBad: COPY app.tar.gz /src/ / RUN tar -xzf"
              + " /src/app.tar.gz\nGood: ADD app.tar.gz /src/",
          CopyRules::extractedArchives);

  static final Rule DL3022 =
      Hadolint.rule(
          "DL3022",
          LintSeverity.WARNING,
          "`COPY --from` should reference a previously defined `FROM` alias",
          "COPY --from names a stage defined above, by name or index, or an image with a tag or"
              + " registry.\n\nBad: COPY --from=build /app /app (no stage named build)\nGood:"
              + " FROM golang:1.22 AS build ... COPY --from=build /app /app",
          CopyRules::fromEarlierStage);

  static final Rule DL3023 =
      Hadolint.rule(
          "DL3023",
          LintSeverity.ERROR,
          "`COPY --from` cannot reference its own `FROM` alias",
          "A stage cannot copy from itself.\n\nBad: FROM node:20 AS foo / COPY --from=foo a"
              + " .\nGood: COPY --from=an-earlier-stage a .",
          CopyRules::fromItself);

  static final Rule DL3045 =
      Hadolint.rule(
          "DL3045",
          LintSeverity.WARNING,
          "`COPY` to a relative destination without `WORKDIR` set.",
          "Without a WORKDIR in the stage (or a stage it is built on) a relative destination"
              + " depends on the base image's working directory.\n\nBad: FROM debian:12 / COPY"
              + " app.sh bin/\nGood: WORKDIR /app / COPY app.sh bin/",
          CopyRules::relativeDestination);

  static final Rule DL3067 =
      Hadolint.rule(
          "DL3067",
          LintSeverity.WARNING,
          "Do not copy an entire filesystem from another stage",
          "Copying / onto / brings every file of the other stage, its package manager and caches"
              + " included.\n\nBad: COPY --from=build / /\nGood: COPY --from=build /app/bin"
              + " /usr/local/bin/",
          CopyRules::wholeFilesystem);

  private static final List<String> ARCHIVES =
      List.of(
          ".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2", ".tbz", ".tbz2", ".tgz",
          ".tlz", ".tpz", ".txz", ".xz");

  private static final Set<String> UNPACKERS =
      Set.of("unzip", "gunzip", "bunzip2", "unlzma", "unxz", "zgz", "uncompress", "zcat", "gzcat");

  /** A COPY's words: its sources and its destination, or null for a COPY without both. */
  private static List<Word> copyWords(Instruction i) {
    return i.is(Keyword.COPY) && i.words().size() >= 2 && i.heredocs().isEmpty() ? i.words() : null;
  }

  private static String basename(String path) {
    String p = unquote(path);
    int cut = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
    return p.substring(cut + 1);
  }

  /** {@code s} without the quotes at its ends. */
  static String unquote(String s) {
    return QUOTES_AT_THE_ENDS.matcher(s).replaceAll("");
  }

  private static boolean isArchive(String name) {
    return ARCHIVES.stream().anyMatch(name::endsWith);
  }

  private static void extractedArchives(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      Map<Instruction, List<String>> archives = new LinkedHashMap<>();
      List<Instruction> extracted = new ArrayList<>();
      for (Instruction i : s.instructions()) {
        List<Word> words = copyWords(i);
        if (words != null && i.flag("from") == null) {
          String dest = basename(words.get(words.size() - 1).value());
          List<String> names = new ArrayList<>();
          if (isArchive(dest)) {
            names.add(dest);
          } else {
            for (Word w : words.subList(0, words.size() - 1)) {
              if (isArchive(basename(w.value()))) {
                names.add(basename(w.value()));
              }
            }
          }
          if (!names.isEmpty()) {
            archives.put(i, names);
          }
        } else if (i.is(Keyword.RUN)) {
          for (ShellCommand command : c.runCommands(i)) {
            archives.forEach(
                (copy, names) -> {
                  if (!extracted.contains(copy) && extracts(command, names)) {
                    extracted.add(copy);
                  }
                });
          }
        }
      }
      extracted.forEach(copy -> out.report(c.rangeOf(copy)));
    }
  }

  /** True when {@code command} unpacks one of the archives {@code names}. */
  private static boolean extracts(ShellCommand command, List<String> names) {
    String program = RunScript.program(command);
    List<String> operands = CommandFlags.operands(command);
    boolean unpacks = UNPACKERS.contains(program);
    if (program.equals("tar")) {
      unpacks =
          CommandFlags.has(command, "x", "extract", "get")
              || (!operands.isEmpty() && operands.get(0).matches("[a-zA-Z]*x[a-zA-Z]*"));
    }
    return unpacks && operands.stream().map(CopyRules::basename).anyMatch(names::contains);
  }

  /** The {@code --from} value of a COPY, or null. */
  private static String from(Instruction i) {
    Flag from = i.is(Keyword.COPY) ? i.flag("from") : null;
    return from == null ? null : from.value();
  }

  private static void fromEarlierStage(LintContext c, Findings out) {
    List<Stage> stages = c.graph().stages();
    for (Stage s : stages) {
      for (Instruction i : s.instructions()) {
        String ref = from(i);
        if (ref == null || ref.contains(":") || ref.contains("/") || ref.contains("$")) {
          continue;
        }
        boolean named =
            stages.stream()
                .anyMatch(earlier -> earlier.index() <= s.index() && earlier.isNamed(ref));
        boolean index = ref.matches("\\d{1,9}") && Integer.parseInt(ref) <= s.index();
        if (!named && !index) {
          out.report(c.rangeOf(i));
        }
      }
    }
  }

  private static void fromItself(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      for (Instruction i : s.instructions()) {
        String ref = from(i);
        if (ref != null && s.isNamed(ref)) {
          out.report(c.rangeOf(i));
        }
      }
    }
  }

  private static void relativeDestination(LintContext c, Findings out) {
    for (Stage s : c.graph().stages()) {
      boolean workdir = false;
      for (Stage ancestor : StageChain.of(c.graph(), s)) {
        if (ancestor != s) {
          workdir |= ancestor.instructions().stream().anyMatch(i -> i.is(Keyword.WORKDIR));
        }
      }
      for (Instruction i : s.instructions()) {
        workdir |= i.is(Keyword.WORKDIR);
        List<Word> words = copyWords(i);
        if (words != null && !workdir && relative(words.get(words.size() - 1).value())) {
          out.report(c.rangeOf(i));
        }
      }
    }
  }

  private static boolean relative(String destination) {
    String d = unquote(destination);
    return !d.startsWith("/") && !d.startsWith("$") && !d.matches("^[A-Za-z]:.*");
  }

  private static void wholeFilesystem(LintContext c, Findings out) {
    for (Instruction i : c.dockerfile().instructions()) {
      List<Word> words = copyWords(i);
      if (words != null
          && from(i) != null
          && unquote(words.get(words.size() - 1).value()).equals("/")
          && words.subList(0, words.size() - 1).stream()
              .anyMatch(w -> unquote(w.value()).equals("/"))) {
        out.report(c.rangeOf(i));
      }
    }
  }
}
