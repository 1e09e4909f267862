package io.stagecraft.core.io;

/** A file over the size the editor edits; it may still be small enough to show read-only. */
public final class TooLargeException extends NotTextException {
  private final boolean readableReadOnly;

  public TooLargeException(String message, boolean readableReadOnly) {
    super(message);
    this.readableReadOnly = readableReadOnly;
  }

  /** Whether {@link EditableFile#readLarge} would read it. */
  public boolean readableReadOnly() {
    return readableReadOnly;
  }
}
