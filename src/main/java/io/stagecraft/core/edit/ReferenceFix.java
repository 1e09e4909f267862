package io.stagecraft.core.edit;

import io.stagecraft.core.syntax.Diagnostic;

/**
 * A one-step repair of a stage reference: write a stage's name instead. A lint front end can offer
 * it as a safe quick fix.
 *
 * @param title what the fix does, for a menu: {@code Use stage "builder"}
 */
public record ReferenceFix(Diagnostic diagnostic, String title, DocumentEdit edit) {}
