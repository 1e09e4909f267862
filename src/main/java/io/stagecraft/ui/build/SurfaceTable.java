package io.stagecraft.ui.build;

import io.stagecraft.core.build.AttackSurface;
import io.stagecraft.core.build.ComparedVariant;
import io.stagecraft.core.build.DirectoryUsage;
import io.stagecraft.core.build.Sizes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * The two images side by side: size, layers, shell, package managers, user, files per directory.
 */
public final class SurfaceTable extends GridPane {

  public SurfaceTable(ComparedVariant a, ComparedVariant b) {
    getStyleClass().add("surface-table");
    setHgap(18);
    setVgap(3);
    List<ComparedVariant> both = List.of(a, b);
    int row = 0;
    add(heading(""), 0, row);
    add(heading(a.label() + "  \u2014  " + a.dockerfile()), 1, row);
    add(heading(b.label() + "  \u2014  " + b.dockerfile()), 2, row++);
    row = row(row, "Image", both, v -> Sizes.shortId(v.image().imageId()), false);
    row = row(row, "Size", both, v -> Sizes.exactAndHuman(v.image().sizeBytes()), false);
    row =
        row(
            row,
            "Filesystem layers",
            both,
            v -> Integer.toString(v.image().filesystemLayers()),
            false);
    row =
        row(
            row,
            "Build time",
            both,
            v -> String.format(Locale.ROOT, "%.1f s", v.build().duration().toMillis() / 1000.0),
            false);
    row =
        risk(
            row,
            "Shell",
            both,
            v ->
                v.image().surface().hasShell()
                    ? "yes (" + v.image().surface().shellPath() + ")"
                    : "no",
            v -> v.image().surface().hasShell());
    row =
        risk(
            row,
            "Package managers",
            both,
            v -> Sizes.managers(v.image().surface()),
            v -> !v.image().surface().packageManagers().isEmpty());
    row =
        risk(
            row,
            "User",
            both,
            v -> v.image().user() + (v.image().runsAsRoot() ? " (root)" : ""),
            v -> v.image().runsAsRoot());
    row =
        row(
            row,
            "Files",
            both,
            v ->
                io.stagecraft.ui.Plural.of(v.image().surface().fileCount(), "file")
                    + ", "
                    + Sizes.human(v.image().surface().fileBytes()),
            false);
    TreeSet<String> dirs = new TreeSet<>(a.image().surface().directories().keySet());
    dirs.addAll(b.image().surface().directories().keySet());
    for (String dir : dirs) {
      row = row(row, "  " + dir, both, v -> usage(v.image().surface(), dir), true);
    }
  }

  private int row(
      int row,
      String name,
      List<ComparedVariant> both,
      Function<ComparedVariant, String> cell,
      boolean minor) {
    return row(row, name, both, cell, minor, null);
  }

  /** A row whose "yes" is a risk: the cell is marked so the eye finds it. */
  private int risk(
      int row,
      String name,
      List<ComparedVariant> both,
      Function<ComparedVariant, String> cell,
      Predicate<ComparedVariant> risky) {
    return row(row, name, both, cell, false, risky);
  }

  private int row(
      int row,
      String name,
      List<ComparedVariant> both,
      Function<ComparedVariant, String> cell,
      boolean minor,
      Predicate<ComparedVariant> risky) {
    Label label = new Label(name);
    label.getStyleClass().add(minor ? "surface-dir" : "surface-name");
    add(label, 0, row);
    for (int i = 0; i < both.size(); i++) {
      ComparedVariant v = both.get(i);
      Label value = new Label(cell.apply(v));
      value.setId(
          "surface-" + name.strip().toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + v.label());
      if (minor) {
        value.getStyleClass().add("surface-dir");
      }
      if (risky != null) {
        value.getStyleClass().add(risky.test(v) ? "surface-risk" : "surface-ok");
      }
      add(value, i + 1, row);
    }
    return row + 1;
  }

  private static String usage(AttackSurface surface, String dir) {
    Map<String, DirectoryUsage> dirs = surface.directories();
    DirectoryUsage u = dirs.get(dir);
    return u == null
        ? "\u2014"
        : io.stagecraft.ui.Plural.of(u.files(), "file") + ", " + Sizes.human(u.bytes());
  }

  private static Label heading(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("results-heading");
    return l;
  }
}
