package io.stagecraft.core.syntax;

/** A variable reference such as {@code $v}, {@code ${v}} or {@code ${v:-word}}. */
public record VariableRef(SourceRange range, String name) {}
