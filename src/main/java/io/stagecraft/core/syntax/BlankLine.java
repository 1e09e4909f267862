package io.stagecraft.core.syntax;

/** A line holding only whitespace. */
public record BlankLine(SourceRange range) implements Element {}
