package io.stagecraft.core.split;

import io.stagecraft.core.edit.DocumentEdit;
import java.util.List;

/**
 * A split, ready to show before it is applied: the resulting text, its diff, and every proposal
 * with its reason. Applying it is {@link #edit()}, one undoable step.
 *
 * @param before the text the split was computed from
 * @param after the text with the split applied
 * @param diff a unified diff from {@code before} to {@code after}
 * @param stageIndex the index of the stage that was split; the builder keeps it, the runtime is the
 *     next one
 * @param detection the ecosystem found in the builder
 * @param runtime what is known of the runtime image
 * @param refusals why the runtime cannot run the app; when there is one, the split is not to be
 *     applied
 */
public record SplitPreview(
    String before,
    String after,
    DocumentEdit edit,
    String diff,
    int stageIndex,
    String builderName,
    String runtimeName,
    RuntimeImage runtime,
    Detection detection,
    List<Proposal> proposals,
    List<Note> notes,
    List<Refusal> refusals) {

  public SplitPreview {
    proposals = List.copyOf(proposals);
    notes = List.copyOf(notes);
    refusals = List.copyOf(refusals);
  }

  /** True when the runtime cannot run the app, so the split is refused. */
  public boolean refused() {
    return !refusals.isEmpty();
  }

  /** The proposals of one kind, in order. */
  public List<Proposal> proposals(Proposal.Kind kind) {
    return proposals.stream().filter(p -> p.kind() == kind).toList();
  }

  /** True when a note says the result will likely not behave like the original. */
  public boolean hasProblems() {
    return notes.stream().anyMatch(n -> n.level() == Note.Level.PROBLEM);
  }
}
