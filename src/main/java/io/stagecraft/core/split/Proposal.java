package io.stagecraft.core.split;

/**
 * One change the split makes, with why: what the UI lists next to the preview.
 *
 * @param text the line or lines as written into the result
 * @param rule the output rule behind a COPY, or null
 * @param line the line of the original text it comes from, or 0
 */
public record Proposal(Kind kind, String text, String rule, String reason, int line) {

  /** What kind of change a proposal is. */
  public enum Kind {
    /** The runtime stage's FROM. */
    RUNTIME_BASE,
    /** A {@code COPY --from} of a build output. */
    COPY_FROM,
    /** An instruction copied into the runtime; it stays in the builder too. */
    CARRIED,
    /** An instruction moved from the builder into the runtime. */
    MOVED,
    /** An instruction rewritten for the runtime image. */
    REWRITTEN,
    /** An ARG declared in the runtime stage so that it can be used there. */
    ARG,
    /** An ENV the copied outputs need in the runtime. */
    ENV,
    /** A change to the builder that makes its outputs fit the runtime. */
    BUILDER_CHANGE,
    /** A USER added so that the runtime does not run as root. */
    USER,
    /** Something left out of the runtime on purpose. */
    DROPPED
  }
}
