package io.stagecraft.core.build;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** A comparison of two variants as a Markdown document, for a pull request or a note. */
public final class ComparisonMarkdown {
  private ComparisonMarkdown() {}

  /**
   * Writes the comparison of {@code a} and {@code b}.
   *
   * @param chartFile the file name of the size chart to show, or null for none
   */
  public static String of(ComparedVariant a, ComparedVariant b, String chartFile) {
    StringBuilder md = new StringBuilder("# Image comparison\n\n");
    if (chartFile != null) {
      md.append("![Image sizes](").append(chartFile).append(")\n\n");
    }
    md.append(
        String.format(
            Locale.ROOT,
            "%s is **%s×** the size of %s.%n%n",
            a.label(),
            Sizes.ratio(a.image().sizeBytes(), b.image().sizeBytes()),
            b.label()));
    List<ComparedVariant> both = List.of(a, b);
    md.append("| | ")
        .append(a.label())
        .append(" | ")
        .append(b.label())
        .append(" |\n|---|---|---|\n");
    row(
        md,
        "Dockerfile",
        both,
        v -> "`" + v.dockerfile() + "`" + (v.target() == null ? "" : " (" + v.target() + ")"));
    row(md, "Image", both, v -> "`" + Sizes.shortId(v.image().imageId()) + "`");
    row(md, "Size", both, v -> Sizes.exactAndHuman(v.image().sizeBytes()));
    row(md, "Filesystem layers", both, v -> Integer.toString(v.image().filesystemLayers()));
    row(
        md,
        "Build time",
        both,
        v -> String.format(Locale.ROOT, "%.1f s", v.build().duration().toMillis() / 1000.0));
    row(
        md,
        "Shell",
        both,
        v ->
            v.image().surface().hasShell()
                ? "yes (`" + v.image().surface().shellPath() + "`)"
                : "no");
    row(md, "Package managers", both, v -> Sizes.managers(v.image().surface()));
    row(
        md,
        "User",
        both,
        v -> "`" + v.image().user() + "`" + (v.image().runsAsRoot() ? " (root)" : ""));
    row(
        md,
        "Files",
        both,
        v ->
            String.format(
                Locale.ROOT,
                "%,d (%s)",
                v.image().surface().fileCount(),
                Sizes.human(v.image().surface().fileBytes())));
    if (a.run() != null && b.run() != null) {
      row(
          md,
          "Run exit code",
          both,
          v -> v.run().timedOut() ? "timed out" : Integer.toString(v.run().exitCode()));
      md.append("\nRuns match: **")
          .append(a.run().sameOutcomeAs(b.run()) ? "yes" : "no")
          .append("**\n");
    }
    directories(md, a, b);
    for (ComparedVariant v : both) {
      layers(md, v);
    }
    return md.toString();
  }

  private static void row(
      StringBuilder md,
      String name,
      List<ComparedVariant> both,
      java.util.function.Function<ComparedVariant, String> cell) {
    md.append("| ").append(name);
    for (ComparedVariant v : both) {
      md.append(" | ").append(cell.apply(v).replace("|", "\\|"));
    }
    md.append(" |\n");
  }

  private static void directories(StringBuilder md, ComparedVariant a, ComparedVariant b) {
    md.append("\n## Files per top-level directory\n\n| Directory | ")
        .append(a.label())
        .append(" | ")
        .append(b.label())
        .append(" |\n|---|---|---|\n");
    TreeSet<String> names = new TreeSet<>(a.image().surface().directories().keySet());
    names.addAll(b.image().surface().directories().keySet());
    for (String dir : names) {
      md.append("| `")
          .append(dir)
          .append("` | ")
          .append(usage(a.image().surface().directories(), dir))
          .append(" | ")
          .append(usage(b.image().surface().directories(), dir))
          .append(" |\n");
    }
  }

  private static String usage(Map<String, DirectoryUsage> dirs, String dir) {
    DirectoryUsage u = dirs.get(dir);
    return u == null
        ? "\u2014"
        : String.format(Locale.ROOT, "%,d files, %s", u.files(), Sizes.human(u.bytes()));
  }

  private static void layers(StringBuilder md, ComparedVariant v) {
    md.append("\n## Layers of ")
        .append(v.label())
        .append("\n\n| Line | Size | Created by |\n|---|---|---|\n");
    for (ImageLayer layer : v.image().layers()) {
      String line =
          layer.fromBase() ? "base" : layer.line() > 0 ? Integer.toString(layer.line()) : "";
      String createdBy =
          layer.createdBy().length() > 100
              ? layer.createdBy().substring(0, 100) + "\u2026"
              : layer.createdBy();
      md.append("| ")
          .append(line)
          .append(" | ")
          .append(Sizes.human(layer.sizeBytes()))
          .append(" | ")
          .append(
              layer.hasCommand()
                  ? "`" + createdBy.replace("|", "\\|").replace("`", "'") + "`"
                  : ImageLayer.NO_COMMAND)
          .append(" |\n");
    }
  }
}
