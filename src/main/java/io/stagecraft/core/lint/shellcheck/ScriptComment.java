package io.stagecraft.core.lint.shellcheck;

/**
 * One comment of ShellCheck on a script, where ShellCheck puts it: 1-based lines and columns of the
 * script it was given, a tab counting as one column ({@code -f json1}), the end column exclusive.
 *
 * @param level error, warning, info or style
 * @param code the number of the SC code ({@code 2086} for SC2086)
 */
public record ScriptComment(
    int line, int column, int endLine, int endColumn, String level, int code, String message) {

  /** The rule id, {@code SC2086}. */
  public String id() {
    return "SC" + code;
  }
}
