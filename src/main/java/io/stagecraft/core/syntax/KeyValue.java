package io.stagecraft.core.syntax;

/**
 * A {@code key=value} or {@code key value} pair of ENV, LABEL or ARG. {@code value} is null for a
 * bare ARG name; {@code valueRange} is null then too.
 */
public record KeyValue(SourceRange range, Token key, String value, SourceRange valueRange) {

  public String name() {
    return key.text();
  }
}
