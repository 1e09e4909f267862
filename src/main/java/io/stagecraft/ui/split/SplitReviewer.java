package io.stagecraft.ui.split;

import java.util.Optional;

/**
 * Shows a split before it is applied and lets the user adjust it; tests answer without a window.
 */
@FunctionalInterface
public interface SplitReviewer {
  /** Empty when the user cancels. */
  Optional<SplitDecision> review(SplitReview review);
}
