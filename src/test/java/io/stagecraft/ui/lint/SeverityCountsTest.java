package io.stagecraft.ui.lint;

import static io.stagecraft.core.lint.LintSeverity.ERROR;
import static io.stagecraft.core.lint.LintSeverity.INFO;
import static io.stagecraft.core.lint.LintSeverity.STYLE;
import static io.stagecraft.core.lint.LintSeverity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeverityCountsTest {
  @Test
  void oneIsSingularAndMoreArePlural() {
    assertEquals("1 error", SeverityCounts.count(1, ERROR));
    assertEquals("2 errors", SeverityCounts.count(2, ERROR));
    assertEquals("1 warning", SeverityCounts.count(1, WARNING));
    assertEquals("6 warnings", SeverityCounts.count(6, WARNING));
  }

  @Test
  void infoAndStyleAreKindsThatDoNotTakeAnS() {
    assertEquals("1 info", SeverityCounts.count(1, INFO));
    assertEquals("2 info", SeverityCounts.count(2, INFO));
    assertEquals("3 style", SeverityCounts.count(3, STYLE));
  }

  @Test
  void theSummaryListsTheMostSevereFirst() {
    List<io.stagecraft.core.lint.LintSeverity> found =
        new java.util.ArrayList<>(Collections.nCopies(6, WARNING));
    found.addAll(List.of(INFO, STYLE, INFO, ERROR));
    assertEquals(
        "1 error \u00B7 6 warnings \u00B7 2 info \u00B7 1 style", SeverityCounts.summary(found));
    assertEquals("1 warning", SeverityCounts.summary(List.of(WARNING)));
    assertEquals("none", SeverityCounts.summary(List.of()));
  }
}
