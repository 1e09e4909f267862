package io.stagecraft.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Everything the app asks the user, behind one seam so tests can answer without windows. */
public interface Prompts {

  /** The name and base image of a new stage. */
  record NewStage(String name, String base) {}

  /** The paths of a new {@code COPY --from}. */
  record CopyPaths(String source, String destination) {}

  enum DeleteChoice {
    DELETE_WITH_REFERENCES,
    DELETE_ONLY_STAGE,
    CANCEL
  }

  enum UnsavedChoice {
    SAVE,
    DISCARD,
    CANCEL
  }

  enum FileKind {
    DOCKERFILE,
    PROJECT,
    ANY_OPENABLE,
    PNG,
    SVG,
    MARKDOWN
  }

  /**
   * @param runtime whether the stage is the runtime (the build target) rather than a builder
   * @param suggestedBases images to offer, the first preselected
   */
  Optional<NewStage> askNewStage(
      boolean runtime, String suggestedName, List<String> suggestedBases);

  Optional<CopyPaths> askCopyPaths(String fromStage, String toStage, CopyPaths suggested);

  /** Asks before deleting a stage that other stages refer to. */
  DeleteChoice confirmDeleteStage(String stage, List<String> references);

  UnsavedChoice askSaveChanges(String documentName);

  Optional<Path> chooseFileToOpen(FileKind kind);

  Optional<Path> chooseFileToSave(FileKind kind, String suggestedName);

  /**
   * Asks for a folder.
   *
   * @param initial the folder to start in, or null for the last one used
   */
  Optional<Path> chooseFolder(String title, Path initial);

  void showError(String title, String message);

  /** Asks for one line of text, such as a line number or a new name; empty when cancelled. */
  default Optional<String> askText(String title, String label, String initial) {
    return Optional.empty();
  }

  /**
   * Asks whether to reload a file another program changed while it was open; true to reload.
   *
   * @param unsavedChanges whether reloading would drop changes made here
   */
  default boolean confirmReload(String name, boolean unsavedChanges) {
    return false;
  }

  /**
   * Offers to open a file read-only that cannot be opened for editing; true to open it.
   *
   * @param why why it cannot be edited, such as its size
   */
  default boolean confirmOpenReadOnly(String name, String why) {
    return false;
  }

  /**
   * Tells of a failure the app did not expect, with {@code details} (a stack trace) the user can
   * copy into a report.
   */
  default void showFailure(String title, String message, String details) {
    showError(title, message + "\n\n" + details);
  }
}
