package io.stagecraft.ui.lint;

import io.stagecraft.core.document.Document;
import io.stagecraft.core.lint.LintReport;
import io.stagecraft.core.lint.Problem;
import io.stagecraft.core.syntax.SourceRange;
import java.util.List;

/** The lint report of one revision of one document. */
public record LintResult(Document document, long revision, LintReport report) {

  /** True while the document still has the revision that was linted. */
  public boolean isCurrent() {
    return document.revision() == revision;
  }

  /** The problems located inside {@code range} (by their start). */
  public List<Problem> problemsIn(SourceRange range) {
    return report.problems().stream()
        .filter(
            p ->
                p.range().start() >= range.start()
                    && p.range().start() < Math.max(range.end(), range.start() + 1))
        .toList();
  }

  /** The problems whose range holds {@code offset}. */
  public List<Problem> problemsAt(int offset) {
    return report.problems().stream()
        .filter(
            p ->
                offset >= p.range().start()
                    && (offset < p.range().end()
                        || (offset == p.range().end() && p.range().length() == 0)))
        .toList();
  }
}
