package io.stagecraft.core.context;

/**
 * The build context cannot be listed or written: bad input, an unreadable file, or an invalid
 * ignore file.
 */
public class BuildContextException extends Exception {

  private static final long serialVersionUID = 1L;

  public BuildContextException(String message) {
    super(message);
  }

  public BuildContextException(String message, Throwable cause) {
    super(message, cause);
  }
}
