package io.stagecraft.ui.split;

import io.stagecraft.core.split.SplitPreview;

/**
 * What the user decided after reviewing a split.
 *
 * @param preview the split to apply, as it was last shown
 * @param verify whether to prove it on the engine right after applying it
 */
public record SplitDecision(SplitPreview preview, boolean verify) {}
