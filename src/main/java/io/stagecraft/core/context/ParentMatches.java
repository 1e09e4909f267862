package io.stagecraft.core.context;

/**
 * Which patterns matched a directory (or one of its parents), handed down while walking so a child
 * is judged as patternmatcher's {@code MatchesUsingParentResults} judges it. Mirrors its {@code
 * MatchInfo}.
 */
final class ParentMatches {

  /** The state for entries at the top of the context, where nothing is known about parents. */
  static final ParentMatches NONE = new ParentMatches(new boolean[0]);

  private final boolean[] matched;

  ParentMatches(boolean[] matched) {
    this.matched = matched;
  }

  boolean isEmpty() {
    return matched.length == 0;
  }

  boolean matched(int patternIndex) {
    return matched[patternIndex];
  }

  int size() {
    return matched.length;
  }
}
