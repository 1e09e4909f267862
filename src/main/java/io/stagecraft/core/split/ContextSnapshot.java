package io.stagecraft.core.split;

import io.stagecraft.core.syntax.Dockerfile;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import io.stagecraft.core.syntax.Word;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first lines of the files a Dockerfile's COPY and ADD take from a build context folder, read
 * once. A split computed where the disk must not be touched (the desktop's JavaFX thread) judges
 * scripts by their {@code #!} line from this, as the command line does from the folder itself.
 */
public final class ContextSnapshot {

  private ContextSnapshot() {}

  /**
   * Reads the first line of every file that a COPY or ADD without {@code --from} names in {@code
   * dockerfileText}, from the folder {@code dir}; touches the disk, so call it off the JavaFX
   * thread. Sources with variables, wildcards or URLs, and folders, are not read.
   */
  public static BuildContext read(Path dir, String dockerfileText) {
    BuildContext disk = BuildContext.folder(dir);
    Map<String, String> lines = new HashMap<>();
    for (Instruction i : Dockerfile.parse(dockerfileText).instructions()) {
      if (!i.is(Keyword.COPY) && !i.is(Keyword.ADD)
          || i.flag("from") != null
          || !i.heredocs().isEmpty()) {
        continue;
      }
      List<Word> words = i.words();
      for (Word w : words.subList(0, Math.max(0, words.size() - 1))) {
        String source = w.value();
        if (source.contains("://") || source.matches(".*[$*?\\[].*")) {
          continue;
        }
        String key = key(source);
        if (key != null && !lines.containsKey(key)) {
          disk.firstLine(source).ifPresent(line -> lines.put(key, line));
        }
      }
    }
    Map<String, String> read = Map.copyOf(lines);
    return path -> {
      String key = key(path);
      return key == null ? Optional.empty() : Optional.ofNullable(read.get(key));
    };
  }

  /** A context path as one spelling: no leading {@code /} or {@code ./}, {@code ..} folded. */
  private static String key(String path) {
    try {
      String relative = path.startsWith("/") ? path.substring(1) : path;
      String normal = Path.of(relative).normalize().toString();
      return normal.isEmpty() || normal.startsWith("..") ? null : normal;
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }
}
