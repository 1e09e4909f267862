package io.stagecraft.core.lint.buildkit;

import io.stagecraft.core.context.DockerIgnore;
import io.stagecraft.core.context.GoText;
import io.stagecraft.core.context.IgnorePattern;
import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.Keyword;
import io.stagecraft.core.syntax.Word;
import java.util.List;
import java.util.Set;

/**
 * BuildKit's CopyIgnoredFile: a COPY or ADD from the build context of a path the context's {@code
 * .dockerignore} excludes, so the build fails to find it or copies less than it looks. Like
 * BuildKit, it stays silent when the ignore file has {@code !} exceptions, which cannot be judged
 * statically.
 */
final class CopyIgnoredFileCheck {
  private CopyIgnoredFileCheck() {}

  static final Rule COPY_IGNORED_FILE =
      Buildkit.rule(
          "CopyIgnoredFile",
          "Attempting to Copy file that is excluded by .dockerignore",
          "Files excluded by .dockerignore are never sent to the builder, so a COPY or ADD of one"
              + " fails or silently copies nothing. Remove the pattern, or stop copying the"
              + " file.\n\nBad: .dockerignore has *.md, and the Dockerfile says COPY README.md"
              + " /docs/",
          "copy-ignored-file",
          CopyIgnoredFileCheck::check);

  private static final Set<String> ROOT_PATTERNS = Set.of("*", "**", "**/*");

  private static void check(LintContext c, Findings out) {
    DockerIgnore ignore = c.context().ignore();
    if (ignore == null || ignore.hasExceptions()) {
      return;
    }
    for (Stage s : c.graph().stages()) {
      for (Instruction i : s.instructions()) {
        boolean add = i.is(Keyword.ADD);
        if (!(add || i.is(Keyword.COPY)) || i.flag("from") != null || !i.heredocs().isEmpty()) {
          continue;
        }
        List<Word> words = i.words();
        for (int w = 0; w < words.size() - 1; w++) {
          String src = words.get(w).value();
          if (src.contains("$") || src.contains("://") || src.startsWith("git@")) {
            continue;
          }
          String clean = clean(src);
          boolean root = clean.equals(".") || clean.equals("/");
          if (root ? rootIgnored(ignore) : ignore.excludes(clean)) {
            out.report(
                c.rangeOf(i),
                "Attempting to "
                    + (add ? "Add" : "Copy")
                    + " file \""
                    + clean
                    + "\" that is excluded by .dockerignore");
          }
        }
      }
    }
  }

  private static String clean(String src) {
    // filepath.ToSlash(filepath.Clean(src)), as BuildKit does on Linux.
    return GoText.cleanPath(src);
  }

  private static boolean rootIgnored(DockerIgnore ignore) {
    for (IgnorePattern p : ignore.patterns()) {
      if (!p.isException() && ROOT_PATTERNS.contains(p.text())) {
        return true;
      }
    }
    return false;
  }
}
