package io.stagecraft.ui.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.syntax.SourceRange;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The Problems panel's rows change only where what they show changed. */
class ShownProblemsTest {
  private final ShownProblems shown = new ShownProblems();
  private final List<String> changes = new ArrayList<>();

  ShownProblemsTest() {
    shown
        .rows()
        .addListener(
            (ListChangeListener<ShownProblems.Row>)
                c -> {
                  while (c.next()) {
                    if (c.wasUpdated()) {
                      changes.add("updated " + c.getFrom() + ".." + c.getTo());
                    } else if (c.wasReplaced()) {
                      changes.add("replaced " + c.getFrom());
                    } else if (c.wasAdded()) {
                      changes.add("added " + c.getFrom() + "+" + c.getAddedSize());
                    } else if (c.wasRemoved()) {
                      changes.add("removed " + c.getFrom() + "+" + c.getRemovedSize());
                    } else {
                      changes.add("permutated");
                    }
                  }
                });
  }

  @Test
  void problemsThatLookTheSameLeaveTheRowsUntouchedAndLearnTheirNewOffsets() {
    shown.show(List.of(problem("DL3007", "Pin it", 1, 5), problem("DL3002", "Root", 3, 40)));
    List<ShownProblems.Row> rows = List.copyOf(shown.rows());
    changes.clear();

    // Characters typed on line 2 move the second problem along the text, on the same line.
    ProblemRow moved = problem("DL3002", "Root", 3, 47);
    assertFalse(shown.show(List.of(problem("DL3007", "Pin it", 1, 5), moved)));

    assertEquals(List.of(), changes, "the table's items are untouched");
    assertEquals(rows, shown.rows());
    assertSame(moved, shown.rows().get(1).problem(), "navigation goes to the new offset");
  }

  @Test
  void aProblemWhoseMessageChangedUpdatesOnlyItsRow() {
    shown.show(
        List.of(
            problem("DL3007", "Pin it", 1, 5),
            problem("UnknownInstruction", "Unknown instruction RU", 2, 20),
            problem("DL3002", "Root", 3, 40)));
    List<ShownProblems.Row> rows = List.copyOf(shown.rows());
    changes.clear();

    assertTrue(
        shown.show(
            List.of(
                problem("DL3007", "Pin it", 1, 5),
                problem("UnknownInstruction", "Unknown instruction RUN", 2, 20),
                problem("DL3002", "Root", 3, 41))));

    assertEquals(List.of("updated 1..2"), changes, "one row is updated, none replaced");
    assertEquals(rows, shown.rows(), "every row is the same object");
    assertEquals("Unknown instruction RUN", shown.rows().get(1).shown().message());
  }

  @Test
  void aNewProblemIsInsertedAndAGoneOneRemovedWithoutTouchingTheOthers() {
    ProblemRow first = problem("DL3007", "Pin it", 1, 5);
    ProblemRow last = problem("DL3002", "Root", 3, 40);
    shown.show(List.of(first, last));
    List<ShownProblems.Row> rows = List.copyOf(shown.rows());
    changes.clear();

    shown.show(List.of(first, problem("syntax", "Unknown instruction R", 2, 20), last));
    assertEquals(List.of("added 1+1"), changes);
    assertSame(rows.get(0), shown.rows().get(0));
    assertSame(rows.get(1), shown.rows().get(2));

    changes.clear();
    shown.show(List.of(first, last));
    assertEquals(List.of("removed 1+1"), changes);
    assertEquals(rows, shown.rows());
  }

  @Test
  void aProblemOnAnotherLineIsShownAgain() {
    shown.show(List.of(problem("DL3007", "Pin it", 1, 5)));
    changes.clear();
    // A line typed above moves it down: the Line column changes.
    shown.show(List.of(problem("DL3007", "Pin it", 2, 12)));
    assertEquals(List.of("updated 0..1"), changes);
    assertEquals(2, shown.rows().get(0).shown().line());
  }

  private static ProblemRow problem(String rule, String message, int line, int offset) {
    return new ProblemRow(
        LintSeverity.WARNING,
        rule,
        message,
        new SourceRange(offset, offset + 3, line, 1, line, 4),
        true);
  }
}
