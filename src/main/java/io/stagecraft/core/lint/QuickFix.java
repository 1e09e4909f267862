package io.stagecraft.core.lint;

import io.stagecraft.core.edit.DocumentEdit;

/**
 * A fix for one problem: a text edit applied as one undo step, or an action the front end offers
 * (such as opening the split review) when {@code edit} is null.
 *
 * @param safe true when the edit keeps the build's meaning apart from the problem it fixes, so it
 *     may be applied unattended ({@code lint --fix}, "fix all of this kind")
 * @param action for a fix that is not a text edit: a name the front ends know, such as {@link
 *     #SLIM_IT}; otherwise null
 */
public record QuickFix(String title, DocumentEdit edit, boolean safe, String action) {
  /** The action that opens the split review on the final stage. */
  public static final String SLIM_IT = "slim-it";

  public static QuickFix safe(String title, DocumentEdit edit) {
    return new QuickFix(title, edit, true, null);
  }

  public static QuickFix unsafe(String title, DocumentEdit edit) {
    return new QuickFix(title, edit, false, null);
  }

  public static QuickFix action(String title, String action) {
    return new QuickFix(title, null, false, action);
  }

  public boolean isEdit() {
    return edit != null;
  }
}
