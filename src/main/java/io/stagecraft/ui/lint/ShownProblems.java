package io.stagecraft.ui.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows of the Problems panel, kept in place while typing changes the problems.
 *
 * <p>A table view redraws every visible row, with a CSS pass over each new or re-added cell,
 * whenever its list replaces an item or changes its size. Typing changes the offsets of every
 * problem after the caret and usually the text of one or two, so new problems are matched to the
 * rows shown: a row that would look the same keeps its item and only learns the problem's new
 * offsets, a row that looks different is told its new problem (one cell's text changes), and rows
 * are added or removed only when the number of problems changes.
 */
public final class ShownProblems {
  private final ObservableList<Row> rows =
      FXCollections.observableArrayList(row -> new Observable[] {row.shownProperty()});

  /** The rows, in the order of the text; a row fires an update when what it shows changes. */
  public ObservableList<Row> rows() {
    return rows;
  }

  /**
   * Shows {@code next}, problems in the order of the text.
   *
   * @return whether any row looks different
   */
  public boolean show(List<ProblemRow> next) {
    int old = rows.size();
    int prefix = 0;
    while (prefix < Math.min(old, next.size())
        && looksAlike(rows.get(prefix).shown(), next.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < Math.min(old, next.size()) - prefix
        && looksAlike(rows.get(old - 1 - suffix).shown(), next.get(next.size() - 1 - suffix))) {
      suffix++;
    }
    for (int i = 0; i < prefix; i++) {
      rows.get(i).current = next.get(i);
    }
    for (int i = 0; i < suffix; i++) {
      rows.get(old - 1 - i).current = next.get(next.size() - 1 - i);
    }
    int oldMiddle = old - prefix - suffix;
    int newMiddle = next.size() - prefix - suffix;
    int common = Math.min(oldMiddle, newMiddle);
    for (int i = 0; i < common; i++) {
      rows.get(prefix + i).show(next.get(prefix + i));
    }
    if (oldMiddle > common) {
      rows.remove(prefix + common, prefix + oldMiddle);
    } else if (newMiddle > common) {
      List<Row> added = new ArrayList<>();
      for (int i = common; i < newMiddle; i++) {
        added.add(new Row(next.get(prefix + i)));
      }
      rows.addAll(prefix + common, added);
    }
    return common > 0 || oldMiddle != newMiddle;
  }

  /**
   * Whether two problems look the same in the table and in a row's menu: severity, rule, message
   * and line. Their offsets may differ.
   */
  static boolean looksAlike(ProblemRow a, ProblemRow b) {
    return a.severity() == b.severity()
        && a.lint() == b.lint()
        && a.line() == b.line()
        && Objects.equals(a.rule(), b.rule())
        && Objects.equals(a.message(), b.message());
  }

  /** A row of the table: what it shows, and the newest problem it stands for. */
  public static final class Row {
    private final ReadOnlyObjectWrapper<ProblemRow> shown;
    private ProblemRow current;

    Row(ProblemRow problem) {
      shown = new ReadOnlyObjectWrapper<>(problem);
      current = problem;
    }

    /** The problem as the newest revision has it, with its offsets in the text. */
    public ProblemRow problem() {
      return current;
    }

    /** What the row shows: the problem as it looked when the row last changed. */
    public ProblemRow shown() {
      return shown.get();
    }

    public ReadOnlyObjectProperty<ProblemRow> shownProperty() {
      return shown.getReadOnlyProperty();
    }

    private void show(ProblemRow next) {
      current = next;
      if (!looksAlike(shown.get(), next)) {
        shown.set(next);
      }
    }

    public int line() {
      return current.line();
    }

    public String rule() {
      return current.rule();
    }

    public io.stagecraft.core.lint.LintSeverity severity() {
      return current.severity();
    }
  }
}
