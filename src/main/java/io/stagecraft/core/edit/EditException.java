package io.stagecraft.core.edit;

/** An edit that cannot be made, with a message fit to show the user. */
public final class EditException extends Exception {
  public EditException(String message) {
    super(message);
  }
}
