package io.stagecraft.core.document;

import io.stagecraft.core.edit.DocumentEdit;

/** Told after every change of a {@link Document}. */
@FunctionalInterface
public interface DocumentListener {
  /**
   * The document changed by {@code edit} (already applied; offsets refer to {@code before}).
   * Listeners must not change the document from here.
   */
  void changed(Document document, DocumentEdit edit, String before);
}
