package io.stagecraft.ui.dialog;

import io.stagecraft.persistence.ProjectFiles;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.layout.GridPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The app's dialogs and file choosers. */
public final class DialogPrompts implements Prompts {
  private final Supplier<Window> owner;
  private File lastFolder;

  public DialogPrompts(Supplier<Window> owner) {
    this.owner = owner;
  }

  @Override
  public Optional<NewStage> askNewStage(
      boolean runtime, String suggestedName, List<String> suggestedBases) {
    Dialog<NewStage> dialog =
        dialog(
            runtime ? "Add runtime stage" : "Add builder stage",
            runtime
                ? "A runtime stage is what ships: a small base such as a distroless image keeps the image lean."
                : "A builder stage holds the toolchain; later stages copy only what they need from it.");
    TextField name = new TextField(suggestedName);
    ComboBox<String> base = new ComboBox<>();
    base.getItems().setAll(suggestedBases);
    base.setEditable(true);
    base.setValue(suggestedBases.isEmpty() ? "" : suggestedBases.get(0));
    base.setPrefWidth(360);
    dialog.getDialogPane().setContent(grid("Stage name", name, "Base image", base));
    ButtonType add = new ButtonType("Add stage", ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().setAll(add, ButtonType.CANCEL);
    dialog.getDialogPane().lookupButton(add).disableProperty().bind(name.textProperty().isEmpty());
    dialog.setResultConverter(
        b ->
            b == add
                ? new NewStage(name.getText().strip(), base.getEditor().getText().strip())
                : null);
    Platform.runLater(name::requestFocus);
    DialogFit.fit(dialog);
    return dialog.showAndWait();
  }

  @Override
  public Optional<CopyPaths> askCopyPaths(String fromStage, String toStage, CopyPaths suggested) {
    Dialog<CopyPaths> dialog =
        dialog(
            "Copy files from " + fromStage,
            "Adds COPY --from=" + fromStage + " to stage " + toStage + ".");
    TextField source = new TextField(suggested.source());
    TextField destination = new TextField(suggested.destination());
    source.setPrefColumnCount(28);
    dialog
        .getDialogPane()
        .setContent(grid("Path in " + fromStage, source, "Destination in " + toStage, destination));
    ButtonType add = new ButtonType("Add COPY", ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().setAll(add, ButtonType.CANCEL);
    dialog
        .getDialogPane()
        .lookupButton(add)
        .disableProperty()
        .bind(source.textProperty().isEmpty().or(destination.textProperty().isEmpty()));
    dialog.setResultConverter(
        b -> b == add ? new CopyPaths(source.getText(), destination.getText()) : null);
    DialogFit.fit(dialog);
    return dialog.showAndWait();
  }

  @Override
  public DeleteChoice confirmDeleteStage(String stage, List<String> references) {
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
    alert.initOwner(owner.get());
    alert.setTitle("Delete stage " + stage);
    alert.setHeaderText("Other stages refer to " + stage);
    alert.setContentText(
        String.join("\n", references)
            + "\n\nRemove those references too (COPY lines are deleted, FROM lines take its base image)?");
    ButtonType withReferences = new ButtonType("Delete with references", ButtonBar.ButtonData.YES);
    ButtonType onlyStage = new ButtonType("Delete only the stage", ButtonBar.ButtonData.NO);
    alert.getButtonTypes().setAll(withReferences, onlyStage, ButtonType.CANCEL);
    DialogFit.fit(alert);
    Optional<ButtonType> answer = alert.showAndWait();
    if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
      return DeleteChoice.CANCEL;
    }
    return answer.get() == withReferences
        ? DeleteChoice.DELETE_WITH_REFERENCES
        : DeleteChoice.DELETE_ONLY_STAGE;
  }

  @Override
  public UnsavedChoice askSaveChanges(String documentName) {
    Alert alert = new Alert(Alert.AlertType.WARNING);
    alert.initOwner(owner.get());
    alert.setTitle("Unsaved changes");
    alert.setHeaderText("Save the changes to " + documentName + "?");
    alert.setContentText("Your changes will be lost if you don't save them.");
    ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
    ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
    alert.getButtonTypes().setAll(save, discard, ButtonType.CANCEL);
    DialogFit.fit(alert);
    Optional<ButtonType> answer = alert.showAndWait();
    if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
      return UnsavedChoice.CANCEL;
    }
    return answer.get() == save ? UnsavedChoice.SAVE : UnsavedChoice.DISCARD;
  }

  @Override
  public Optional<Path> chooseFileToOpen(FileKind kind) {
    FileChooser chooser = chooser(kind, "Open");
    return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(this::remember);
  }

  @Override
  public Optional<Path> chooseFileToSave(FileKind kind, String suggestedName) {
    FileChooser chooser = chooser(kind, "Save");
    if (kind == FileKind.PROJECT) {
      chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Dockerfile only", "*"));
    }
    chooser.setInitialFileName(suggestedName);
    return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(this::remember);
  }

  @Override
  public Optional<Path> chooseFolder(String title, Path initial) {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle(title);
    File start = initial != null && Files.isDirectory(initial) ? initial.toFile() : lastFolder;
    if (start != null && start.isDirectory()) {
      chooser.setInitialDirectory(start);
    }
    File folder = chooser.showDialog(owner.get());
    if (folder == null) {
      return Optional.empty();
    }
    lastFolder = folder;
    return Optional.of(folder.toPath());
  }

  @Override
  public void showError(String title, String message) {
    Alert alert = new Alert(Alert.AlertType.ERROR);
    alert.initOwner(owner.get());
    alert.setTitle(title);
    alert.setHeaderText(title);
    alert.setContentText(message);
    DialogFit.fit(alert);
    alert.showAndWait();
  }

  @Override
  public Optional<String> askText(String title, String label, String initial) {
    javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(initial);
    dialog.initOwner(owner.get());
    dialog.setTitle(title);
    dialog.setHeaderText(null);
    dialog.setContentText(label);
    DialogFit.fit(dialog);
    return dialog.showAndWait();
  }

  @Override
  public boolean confirmReload(String name, boolean unsavedChanges) {
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
    alert.initOwner(owner.get());
    alert.setTitle(name + " changed on disk");
    alert.setHeaderText(name + " was changed by another program.");
    alert.setContentText(
        unsavedChanges
            ? "Reload it from disk? Your unsaved changes here would be lost."
            : "Reload it from disk?");
    ButtonType reload = new ButtonType("Reload", ButtonBar.ButtonData.OK_DONE);
    ButtonType keep = new ButtonType("Keep This Version", ButtonBar.ButtonData.CANCEL_CLOSE);
    alert.getButtonTypes().setAll(reload, keep);
    return alert.showAndWait().filter(reload::equals).isPresent();
  }

  @Override
  public boolean confirmOpenReadOnly(String name, String why) {
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
    alert.initOwner(owner.get());
    alert.setTitle("Open " + name);
    alert.setHeaderText(name + " is too large to edit.");
    alert.setContentText(
        why
            + "\n\nIt can be opened read-only: the text and the diagram are shown, nothing can be"
            + " changed, and Save As writes a copy.");
    ButtonType readOnly = new ButtonType("Open Read-Only", ButtonBar.ButtonData.OK_DONE);
    alert.getButtonTypes().setAll(readOnly, ButtonType.CANCEL);
    return alert.showAndWait().filter(readOnly::equals).isPresent();
  }

  @Override
  public void showFailure(String title, String message, String details) {
    Alert alert = new Alert(Alert.AlertType.ERROR);
    alert.initOwner(owner.get());
    alert.setTitle(title);
    alert.setHeaderText(title);
    alert.setContentText(message);
    TextArea trace = new TextArea(details);
    trace.setEditable(false);
    trace.setPrefRowCount(14);
    alert.getDialogPane().setExpandableContent(trace);
    ButtonType copy = new ButtonType("Copy Details", ButtonBar.ButtonData.LEFT);
    alert.getButtonTypes().setAll(copy, ButtonType.CLOSE);
    alert.getDialogPane().setExpanded(true);
    // Copying leaves the dialog open, so the details can still be read.
    alert
        .getDialogPane()
        .lookupButton(copy)
        .addEventFilter(
            ActionEvent.ACTION,
            e -> {
              Clipboard.getSystemClipboard()
                  .setContent(Map.of(DataFormat.PLAIN_TEXT, (Object) details));
              e.consume();
            });
    alert.showAndWait();
  }

  private Path remember(File file) {
    lastFolder = file.getParentFile();
    return file.toPath();
  }

  private FileChooser chooser(FileKind kind, String verb) {
    FileChooser chooser = new FileChooser();
    if (lastFolder != null && lastFolder.isDirectory()) {
      chooser.setInitialDirectory(lastFolder);
    }
    FileChooser.ExtensionFilter project =
        new FileChooser.ExtensionFilter("Stagecraft project", "*" + ProjectFiles.EXTENSION);
    FileChooser.ExtensionFilter any = new FileChooser.ExtensionFilter("All files", "*");
    switch (kind) {
      case PROJECT -> {
        chooser.setTitle(verb + " project");
        chooser.getExtensionFilters().add(project);
      }
      case DOCKERFILE -> {
        chooser.setTitle(verb + " Dockerfile");
        chooser
            .getExtensionFilters()
            .addAll(
                any,
                new FileChooser.ExtensionFilter(
                    "Dockerfiles", "Dockerfile", "*.Dockerfile", "Dockerfile.*", "*.dockerfile"));
      }
      case ANY_OPENABLE -> {
        chooser.setTitle(verb);
        chooser.getExtensionFilters().addAll(any, project);
      }
      case PNG -> {
        chooser.setTitle("Export diagram as PNG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
      }
      case SVG -> {
        chooser.setTitle("Export diagram as SVG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("SVG image", "*.svg"));
      }
      case MARKDOWN -> {
        chooser.setTitle("Export comparison as Markdown");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Markdown", "*.md"));
      }
    }
    return chooser;
  }

  private <T> Dialog<T> dialog(String title, String header) {
    Dialog<T> dialog = new Dialog<>();
    dialog.initOwner(owner.get());
    dialog.setTitle(title);
    dialog.setHeaderText(header);
    return dialog;
  }

  private static GridPane grid(String label1, Node field1, String label2, Node field2) {
    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(10);
    grid.setPadding(new Insets(12, 16, 8, 16));
    grid.addRow(0, new Label(label1), field1);
    grid.addRow(1, new Label(label2), field2);
    return grid;
  }
}
