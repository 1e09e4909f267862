package io.stagecraft.core.io;

import java.io.IOException;

/** A file the editor refuses to open, with the reason in words a user understands. */
public class NotTextException extends IOException {
  public NotTextException(String message) {
    super(message);
  }
}
