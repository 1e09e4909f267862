package io.stagecraft.core.syntax;

/** How an instruction's arguments are written. */
public enum ArgumentForm {
  /** No arguments. */
  NONE,
  /** A JSON array of strings: the exec form. */
  EXEC,
  /** Plain text: the shell form. */
  SHELL
}
