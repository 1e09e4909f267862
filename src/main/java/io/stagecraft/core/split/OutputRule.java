package io.stagecraft.core.split;

/**
 * A rule that recognises build outputs; its name and description tell the user why a COPY was
 * proposed.
 */
public interface OutputRule {
  /** A short stable identifier, e.g. {@code go-build}. */
  String name();

  /** One sentence on what the rule recognises. */
  String description();
}
