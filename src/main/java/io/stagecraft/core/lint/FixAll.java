package io.stagecraft.core.lint;

import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.edit.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Combines the safe fixes of many problems into one edit ("fix all of this kind", {@code lint
 * --fix}). A fix whose text edits overlap one already taken is left for the next round, after the
 * file is linted again.
 */
public final class FixAll {
  private FixAll() {}

  /** A problem and the fix taken for it. */
  public record Taken(Problem problem, QuickFix fix) {
    public String describe() {
      return "line " + problem.line() + ": " + problem.ruleId() + ": " + fix.title();
    }
  }

  /** The first safe edit fix of each problem {@code which} accepts, where none overlap. */
  public static List<Taken> select(List<Problem> problems, Predicate<Problem> which) {
    List<Taken> chosen = new ArrayList<>();
    List<TextEdit> edits = new ArrayList<>();
    for (Problem p : problems) {
      if (!which.test(p)) {
        continue;
      }
      QuickFix fix =
          p.fixes().stream().filter(f -> f.safe() && f.isEdit()).findFirst().orElse(null);
      if (fix != null && fix.edit().edits().stream().noneMatch(e -> overlaps(e, edits))) {
        edits.addAll(fix.edit().edits());
        chosen.add(new Taken(p, fix));
      }
    }
    return chosen;
  }

  /** One edit made of the fixes {@link #select} takes. */
  public static DocumentEdit combine(String description, List<Taken> taken) {
    List<TextEdit> edits = new ArrayList<>();
    taken.forEach(t -> edits.addAll(t.fix().edit().edits()));
    return new DocumentEdit(description, edits);
  }

  private static boolean overlaps(TextEdit e, List<TextEdit> taken) {
    for (TextEdit t : taken) {
      if ((e.offset() < t.end() && t.offset() < e.end()) || e.offset() == t.offset()) {
        return true;
      }
    }
    return false;
  }
}
