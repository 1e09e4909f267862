package io.stagecraft.core.syntax;

/**
 * A top-level piece of a Dockerfile. The elements of a {@link Dockerfile} cover its text without
 * gap or overlap, each ending after its last line's line break.
 */
public sealed interface Element permits ParserDirective, Comment, BlankLine, Instruction {
  SourceRange range();
}
