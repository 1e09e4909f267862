package io.stagecraft.core.syntax;

/**
 * A here-document of RUN, COPY or ADD.
 *
 * @param marker the {@code <<EOF} word on the instruction line
 * @param name the delimiter, with quotes removed
 * @param fileDescriptor the descriptor prefix ({@code 3<<EOF}), or 0
 * @param chomp true for {@code <<-}, which strips leading tabs
 * @param expand false when the delimiter was quoted, so the body is not expanded
 * @param body the verbatim body, from the line after the instruction up to the terminator line
 * @param terminator the terminator line, or null when the heredoc is unterminated
 */
public record Heredoc(
    SourceRange marker,
    String name,
    int fileDescriptor,
    boolean chomp,
    boolean expand,
    SourceRange body,
    SourceRange terminator) {}
