package io.stagecraft.core.syntax;

/** A piece of source text with its range. {@code text} is exactly the source it covers. */
public record Token(SourceRange range, String text) {}
