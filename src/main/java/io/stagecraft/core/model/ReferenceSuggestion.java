package io.stagecraft.core.model;

import io.stagecraft.core.syntax.Diagnostic;
import io.stagecraft.core.syntax.SourceRange;
import java.util.List;

/**
 * A stage reference that names no stage it should, with the stage names that could replace it,
 * likeliest first: what a quick fix offers.
 *
 * @param range the reference in the text
 * @param replacements stage names to write instead; empty when there is nothing sensible to offer
 */
public record ReferenceSuggestion(
    Diagnostic diagnostic, SourceRange range, List<String> replacements) {

  public ReferenceSuggestion {
    replacements = List.copyOf(replacements);
  }
}
