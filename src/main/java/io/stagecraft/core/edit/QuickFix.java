package io.stagecraft.core.edit;

import io.stagecraft.core.syntax.Diagnostic;

/**
 * A one-step repair offered for a diagnostic.
 *
 * @param title what the fix does, for a menu: {@code Use stage "builder"}
 */
public record QuickFix(Diagnostic diagnostic, String title, DocumentEdit edit) {}
