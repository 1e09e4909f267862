package io.stagecraft.app;

import io.stagecraft.ui.dialog.Prompts;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers the app's questions from a script, and records what it was asked and told. */
final class ScriptedPrompts implements Prompts {
  final Deque<NewStage> newStages = new ArrayDeque<>();
  final Deque<CopyPaths> copyPaths = new ArrayDeque<>();
  final Deque<DeleteChoice> deleteChoices = new ArrayDeque<>();
  final Deque<UnsavedChoice> unsavedChoices = new ArrayDeque<>();
  final Deque<Path> files = new ArrayDeque<>();
  final Deque<Path> folders = new ArrayDeque<>();
  final List<String> errors = new ArrayList<>();
  final List<String> failures = new ArrayList<>();
  final Deque<Boolean> reloadAnswers = new ArrayDeque<>();
  final Deque<Boolean> readOnlyAnswers = new ArrayDeque<>();
  final Deque<String> texts = new ArrayDeque<>();
  final List<String> asked = new ArrayList<>();
  CopyPaths suggestedCopyPaths;
  List<String> suggestedBases;

  @Override
  public Optional<NewStage> askNewStage(boolean runtime, String suggestedName, List<String> bases) {
    asked.add("new " + (runtime ? "runtime" : "builder") + " stage, suggesting " + suggestedName);
    suggestedBases = bases;
    return Optional.ofNullable(newStages.poll());
  }

  @Override
  public Optional<CopyPaths> askCopyPaths(String fromStage, String toStage, CopyPaths suggested) {
    asked.add("copy paths from " + fromStage + " to " + toStage);
    suggestedCopyPaths = suggested;
    return Optional.ofNullable(copyPaths.poll());
  }

  @Override
  public DeleteChoice confirmDeleteStage(String stage, List<String> references) {
    asked.add("delete " + stage + " referenced by " + references);
    DeleteChoice choice = deleteChoices.poll();
    return choice == null ? DeleteChoice.CANCEL : choice;
  }

  @Override
  public UnsavedChoice askSaveChanges(String documentName) {
    asked.add("save changes to " + documentName);
    UnsavedChoice choice = unsavedChoices.poll();
    return choice == null ? UnsavedChoice.CANCEL : choice;
  }

  @Override
  public Optional<Path> chooseFileToOpen(FileKind kind) {
    return Optional.ofNullable(files.poll());
  }

  @Override
  public Optional<Path> chooseFileToSave(FileKind kind, String suggestedName) {
    return Optional.ofNullable(files.poll());
  }

  @Override
  public Optional<Path> chooseFolder(String title, Path initial) {
    asked.add(title + ", starting in " + initial);
    return Optional.ofNullable(folders.poll());
  }

  @Override
  public void showError(String title, String message) {
    errors.add(title + ": " + message);
  }

  @Override
  public boolean confirmReload(String name, boolean unsavedChanges) {
    asked.add("reload " + name + (unsavedChanges ? " dropping unsaved changes" : ""));
    Boolean answer = reloadAnswers.poll();
    return answer != null && answer;
  }

  @Override
  public boolean confirmOpenReadOnly(String name, String why) {
    asked.add("open " + name + " read-only: " + why);
    Boolean answer = readOnlyAnswers.poll();
    return answer != null && answer;
  }

  @Override
  public void showFailure(String title, String message, String details) {
    failures.add(title + ": " + message + "\n" + details);
  }

  @Override
  public Optional<String> askText(String title, String label, String initial) {
    asked.add(title + ": " + label + " [" + initial + "]");
    return Optional.ofNullable(texts.poll());
  }
}
