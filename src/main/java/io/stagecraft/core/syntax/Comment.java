package io.stagecraft.core.syntax;

/** A comment line; {@code text} is the comment without leading whitespace or line break. */
public record Comment(SourceRange range, Token text) implements Element {}
