package io.stagecraft.core.split;

import io.stagecraft.core.syntax.Flag;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import io.stagecraft.core.syntax.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Run-time files that the builder COPYs or ADDs from the build context: entrypoint and helper
 * scripts, configuration, static assets, and anything ENTRYPOINT or CMD names. They go into the
 * runtime straight from the context, with the original {@code --chmod} and {@code --chown}; sources
 * and other build inputs (what a builder RUN reads) stay in the builder.
 */
final class ContextFilesRule {

  /** One COPY or ADD the runtime gets from the context, with why. */
  record ContextCopy(
      String line, String reason, int sourceLine, java.util.Map<String, String> sourcesByTarget) {}

  /** Names of files that configure or serve a running app rather than build it. */
  private static final Pattern RUN_TIME_NAME =
      Pattern.compile(
          ".*\\.(sh|bash|conf|cfg|ini|toml|ya?ml|properties|env|html?|css|pem|crt|xml|json)",
          Pattern.CASE_INSENSITIVE);

  /** Folders whose contents are served or read by a running app. */
  private static final Set<String> RUN_TIME_FOLDERS =
      Set.of(
          "static", "public", "assets", "templates", "config", "conf", "etc", "www", "html", "web");

  /** Build inputs even though their names look like configuration. */
  private static final Set<String> BUILD_INPUTS =
      Set.of(
          "package.json",
          "package-lock.json",
          "npm-shrinkwrap.json",
          "yarn.lock",
          "tsconfig.json",
          "pom.xml",
          "build.gradle",
          "settings.gradle",
          "pyproject.toml",
          "cargo.toml",
          "composer.json",
          "makefile",
          "go.mod",
          "go.sum");

  /** Commands that change a file's mode or owner, or look at it, without reading it. */
  private static final Set<String> METADATA_ONLY =
      Set.of("chmod", "chown", "chgrp", "ls", "test", "[", "stat", "touch", "mkdir");

  private final List<String> namedByCommands;
  private final List<CommandContext> buildCommands;
  private final List<String> copied;
  private final BuilderUsers users;

  /**
   * @param namedByCommands the absolute paths that ENTRYPOINT and CMD name, as the runtime sees
   *     them
   * @param buildCommands the builder's commands, which show what is a build input
   * @param copied the runtime paths that the COPY --from lines already fill
   */
  ContextFilesRule(
      List<String> namedByCommands,
      List<CommandContext> buildCommands,
      List<String> copied,
      BuilderUsers users) {
    this.namedByCommands = namedByCommands;
    this.buildCommands = buildCommands;
    this.copied = copied;
    this.users = users;
  }

  /** The copies for the builder's instructions after its FROM, in order. */
  List<ContextCopy> copies(List<Instruction> builder) {
    List<ContextCopy> out = new ArrayList<>();
    String workdir = "/";
    for (Instruction i : builder) {
      if (i.is(Keyword.WORKDIR) && !i.words().isEmpty()) {
        String value = i.words().get(0).value();
        workdir =
            workdir == null || value.contains("$") ? null : ImagePaths.resolve(workdir, value);
      } else if ((i.is(Keyword.COPY) || i.is(Keyword.ADD)) && i.flag("from") == null) {
        ContextCopy c = copy(i, workdir);
        if (c != null) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private ContextCopy copy(Instruction i, String workdir) {
    List<Word> words = i.words();
    if (words.size() < 2 || !i.heredocs().isEmpty()) {
      return null;
    }
    String rawDest = words.get(words.size() - 1).value();
    String dest = ImagePaths.resolve(workdir, rawDest);
    if (dest == null || rawDest.contains("$")) {
      return null;
    }
    List<Word> sources = words.subList(0, words.size() - 1);
    boolean intoFolder =
        sources.size() > 1 || rawDest.endsWith("/") || rawDest.equals(".") || rawDest.equals("./");
    List<String> kept = new ArrayList<>();
    java.util.Map<String, String> targets = new java.util.LinkedHashMap<>();
    String why = null;
    for (Word w : sources) {
      String source = w.value();
      if (source.contains("://")
          || source.equals(".")
          || source.equals("./")
          || source.contains("$")) {
        continue;
      }
      String target = intoFolder ? dest + "/" + ImagePaths.fileName(source) : dest;
      if (copied.stream().anyMatch(c -> ImagePaths.within(target, c))) {
        continue;
      }
      String reason = reason(source, target);
      if (reason != null) {
        kept.add(source);
        targets.put(target, source);
        why = why == null ? reason : why;
      }
    }
    if (kept.isEmpty()) {
      return null;
    }
    StringBuilder line = new StringBuilder(i.name());
    List<String> notesOnFlags = new ArrayList<>();
    for (Flag f : i.flags()) {
      if (f.name().equals("chown") && f.value() != null) {
        String numeric = users.numeric(f.value());
        line.append(" --chown=").append(numeric != null ? numeric : f.value());
        if (numeric != null && !numeric.equals(f.value())) {
          notesOnFlags.add(
              "--chown=" + f.value() + " is written as " + numeric + ", the ids the builder gave");
        }
      } else {
        line.append(' ').append(f);
      }
    }
    String destination = intoFolder || kept.size() > 1 ? dest.equals("/") ? "/" : dest + "/" : dest;
    List<String> paths = new ArrayList<>(kept);
    paths.add(destination);
    if (paths.stream().anyMatch(p -> p.matches(".*[\\s\"'].*"))) {
      line.append(' ').append(ExecForm.json(paths));
    } else {
      paths.forEach(p -> line.append(' ').append(p));
    }
    String reason =
        why
            + " It comes straight from the build context, as the "
            + i.name()
            + " on line "
            + i.line()
            + " had it"
            + (i.flags().isEmpty() ? "" : ", with its flags")
            + (notesOnFlags.isEmpty() ? "" : " (" + String.join("; ", notesOnFlags) + ")")
            + ".";
    return new ContextCopy(line.toString(), reason, i.line(), targets);
  }

  /** Why {@code source}, copied to {@code target}, is needed at run time; null when it is not. */
  private String reason(String source, String target) {
    for (String named : namedByCommands) {
      if (ImagePaths.within(named, target)) {
        return target + " is what the app's command runs or reads (" + named + ").";
      }
    }
    if (readByBuild(target)) {
      return null;
    }
    String name = ImagePaths.fileName(source).toLowerCase(Locale.ROOT);
    if (BUILD_INPUTS.contains(name) || name.startsWith("requirements")) {
      return null;
    }
    if (RUN_TIME_NAME.matcher(name).matches()) {
      return source + " is a script or configuration file that the build does not use.";
    }
    if (RUN_TIME_FOLDERS.contains(name)) {
      return source + " holds files a running app serves or reads, and the build does not use it.";
    }
    return null;
  }

  /** True when a builder command names {@code target} or a path inside it, or works inside it. */
  private boolean readByBuild(String target) {
    for (CommandContext c : buildCommands) {
      if (METADATA_ONLY.contains(c.program())) {
        continue;
      }
      if (c.cwd() != null && ImagePaths.within(c.cwd(), target) && !c.cwd().equals("/")) {
        return true;
      }
      for (int k = 1; k < c.argv().size(); k++) {
        String a = c.arg(k);
        String path = a == null || a.startsWith("-") ? null : c.resolve(a);
        if (path != null && ImagePaths.within(path, target)) {
          return true;
        }
      }
    }
    return false;
  }
}
