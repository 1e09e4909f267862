package io.stagecraft.core.syntax;

/** A parser directive such as {@code # escape=`} in the leading comment block. */
public record ParserDirective(SourceRange range, Token name, Token value) implements Element {

  /** The directive's name in lower case. */
  public String key() {
    return name.text().toLowerCase(java.util.Locale.ROOT);
  }
}
