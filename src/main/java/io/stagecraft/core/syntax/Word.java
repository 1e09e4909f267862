package io.stagecraft.core.syntax;

/**
 * An argument word. {@code raw} is the source text without line continuations; {@code value} has
 * quotes and escapes removed where the instruction's syntax does that.
 */
public record Word(SourceRange range, String raw, String value) {}
