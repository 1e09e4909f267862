package io.stagecraft.core.split;

/**
 * Why the chosen runtime cannot run the app at all, so the split is refused rather than written: it
 * names the missing piece and, when one is known, a runtime that has it.
 *
 * @param missing what the runtime lacks
 * @param line the line of the original text that needs it, or 0
 * @param message a sentence for the user that names the missing piece
 * @param alternative a runtime image that has it, or null when none is known
 */
public record Refusal(Missing missing, int line, String message, String alternative) {

  /** The piece a runtime lacks. */
  public enum Missing {
    /** {@code /bin/sh}, for a shell-form command or a {@code #!/bin/sh} script. */
    SHELL,
    /** Another interpreter a script or command names: bash, env, python3, node, java. */
    INTERPRETER,
    /** A shared library a native program needs that cannot be brought along. */
    LIBRARY,
    /** A user the app runs as whose numeric id cannot be known. */
    USER
  }

  @Override
  public String toString() {
    return "refused"
        + (line > 0 ? ": line " + line : "")
        + ": "
        + message
        + (alternative == null ? "" : " A runtime that has it: " + alternative + ".");
  }
}
