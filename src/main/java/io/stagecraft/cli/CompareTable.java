package io.stagecraft.cli;

import io.stagecraft.core.build.ImageReport;
import io.stagecraft.core.build.Sizes;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The side-by-side text table of {@code stagecraft compare}. */
final class CompareTable {
  private CompareTable() {}

  static void print(List<VariantOutcome> outcomes, PrintWriter out) {
    row(out, "", outcomes, o -> o.spec().label());
    row(
        out,
        "Dockerfile",
        outcomes,
        o ->
            o.spec().dockerfile()
                + (o.spec().target() == null ? "" : " (" + o.spec().target() + ")"));
    row(out, "Image", outcomes, o -> Sizes.shortId(o.image().imageId()));
    row(out, "Size", outcomes, o -> Sizes.exactAndHuman(o.image().sizeBytes()));
    row(out, "Layers", outcomes, o -> Integer.toString(o.image().filesystemLayers()));
    row(
        out,
        "Build time",
        outcomes,
        o -> String.format(Locale.ROOT, "%.1f s", o.build().duration().toMillis() / 1000.0));
    row(
        out,
        "Shell",
        outcomes,
        o ->
            o.image().surface().hasShell()
                ? "yes (" + o.image().surface().shellPath() + ")"
                : "no");
    row(out, "Package managers", outcomes, o -> Sizes.managers(o.image().surface()));
    row(out, "User", outcomes, o -> o.image().user() + (o.image().runsAsRoot() ? " (root)" : ""));
    row(
        out,
        "Files",
        outcomes,
        o ->
            String.format(
                Locale.ROOT,
                "%,d (%s)",
                o.image().surface().fileCount(),
                Sizes.human(o.image().surface().fileBytes())));
    if (outcomes.stream().allMatch(o -> o.run() != null)) {
      row(
          out,
          "Run exit code",
          outcomes,
          o -> o.run().timedOut() ? "timed out" : Integer.toString(o.run().exitCode()));
      row(out, "Run output", outcomes, o -> firstLine(o.run().stdout()));
      out.println(
          "Runs match: "
              + (outcomes.get(0).run().sameOutcomeAs(outcomes.get(1).run()) ? "yes" : "no"));
    }
    ImageReport a = outcomes.get(0).image();
    ImageReport b = outcomes.get(1).image();
    out.printf(
        Locale.ROOT,
        "Ratio %s/%s: %s%n",
        outcomes.get(0).spec().label(),
        outcomes.get(1).spec().label(),
        Sizes.ratio(a.sizeBytes(), b.sizeBytes()));
  }

  private static void row(
      PrintWriter out,
      String name,
      List<VariantOutcome> outcomes,
      Function<VariantOutcome, String> cell) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-17s", name));
    for (VariantOutcome o : outcomes) {
      line.append(String.format(Locale.ROOT, " %-36s", cell.apply(o)));
    }
    out.println(line.toString().stripTrailing());
  }

  private static String firstLine(String text) {
    return text.lines().findFirst().orElse("");
  }
}
