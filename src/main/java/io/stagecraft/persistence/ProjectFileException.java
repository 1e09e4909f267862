package io.stagecraft.persistence;

/** A project file that cannot be opened, with a message fit to show the user. */
public final class ProjectFileException extends Exception {
  public ProjectFileException(String message, Throwable cause) {
    super(message, cause);
  }

  public ProjectFileException(String message) {
    super(message);
  }
}
