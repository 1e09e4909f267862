package io.stagecraft.core.lang;

/**
 * One completion: what the list shows, what replaces the text from {@code replaceStart} to {@code
 * replaceEnd}, and a short documentation in Markdown.
 */
public record CompletionItem(
    String label,
    Kind kind,
    String insertText,
    int replaceStart,
    int replaceEnd,
    String detail,
    String documentation) {

  /** What is being completed. */
  public enum Kind {
    KEYWORD,
    FLAG,
    MOUNT_KEY,
    VALUE,
    STAGE,
    IMAGE,
    VARIABLE,
    DIRECTIVE
  }
}
