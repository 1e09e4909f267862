package io.stagecraft.core.split;

/**
 * A shell word with its quotes removed, and where it is in the Dockerfile.
 *
 * @param value the word without quotes; {@code $} references are kept as written
 * @param start offset of the word's first character in the Dockerfile text
 * @param end offset just after the word
 * @param expands true when the shell would expand something in it ({@code $x}, {@code $(..)},
 *     {@code ~})
 * @param glob true when it holds an unquoted wildcard
 */
public record ShellToken(String value, int start, int end, boolean expands, boolean glob) {

  /** True when the shell would pass the word on exactly as {@link #value()}. */
  public boolean isLiteral() {
    return !expands && !glob;
  }
}
