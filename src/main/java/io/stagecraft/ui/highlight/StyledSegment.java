package io.stagecraft.ui.highlight;

import java.util.Set;

/** A run of characters that all carry the same style classes. */
public record StyledSegment(int length, Set<String> styles) {}
