package io.stagecraft.app;

import io.stagecraft.core.document.Document;
import io.stagecraft.core.io.AtomicFile;
import io.stagecraft.core.io.EditableFile;
import io.stagecraft.core.io.LineEndings;
import io.stagecraft.core.io.NotTextException;
import io.stagecraft.core.io.TextFormat;
import io.stagecraft.core.io.TooLargeException;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.syntax.DockerfileLikeness;
import io.stagecraft.layout.Point;
import io.stagecraft.layout.SvgDiagramWriter;
import io.stagecraft.persistence.BoxPosition;
import io.stagecraft.persistence.BuildSettings;
import io.stagecraft.persistence.DockerfileSource;
import io.stagecraft.persistence.Project;
import io.stagecraft.persistence.ProjectFileException;
import io.stagecraft.persistence.ProjectFiles;
import io.stagecraft.persistence.VariantSettings;
import io.stagecraft.ui.FileStamp;
import io.stagecraft.ui.dialog.Prompts;
import io.stagecraft.ui.dialog.Prompts.FileKind;
import io.stagecraft.ui.model.DiagramSnapshot;
import io.stagecraft.ui.model.EditorModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * New, open, save, save as, recent files and exports. An open either loads a whole document or
 * leaves the window as it was and says why.
 */
public final class FileActions {
  private final EditorModel model;
  private final Prompts prompts;
  private final RecentFiles recent;
  private final ReadOnlyObjectWrapper<OpenFile> openFile =
      new ReadOnlyObjectWrapper<>(OpenFile.untitled("Untitled"));

  /** Whether the open file is shown read-only (it is too large to edit); Save As still works. */
  private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper();

  /** What the user should know about the open file (it is no Dockerfile...), or "". */
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

  /** The open file on disk as last read or written; null when there is none to watch. */
  private FileStamp onDisk;

  /** Severities chosen for lint rules; a project saves them. */
  private final ReadOnlyObjectWrapper<Map<String, LintSeverity>> lintRules =
      new ReadOnlyObjectWrapper<>(Map.of());

  /** Set by {@link #setBuildSettings}; cleared whenever another file is opened, and by a save. */
  private boolean buildSettingsEdited;

  public FileActions(EditorModel model, Prompts prompts, RecentFiles recent) {
    this.model = model;
    this.prompts = prompts;
    this.recent = recent;
    openFile.addListener((obs, was, now) -> buildSettingsEdited = false);
    model.addStageRenameListener(this::stageRenamed);
    // A project, or what is saved as one by default, keeps the box positions; a Dockerfile does
    // not.
    openFile.addListener(
        (obs, was, now) -> model.setPositionsSaved(now.isProject() || !now.hasLocation()));
    openFile.addListener(
        (obs, was, now) -> {
          if (!Objects.equals(watched(was), watched(now))) {
            notice.set("");
            onDisk = watched(now) == null ? null : FileStamp.of(watched(now));
          }
        });
  }

  public ReadOnlyBooleanProperty readOnlyProperty() {
    return readOnly.getReadOnlyProperty();
  }

  public boolean isReadOnly() {
    return readOnly.get();
  }

  /** A line to show above the editors about the open file, or "" for none. */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  /**
   * Looks whether another program changed or removed the open file since it was read or saved (the
   * window calls it when it gets the focus back): offers to reload a changed file, and says when it
   * is gone, keeping the text open either way unless the user reloads.
   */
  public void checkDisk() {
    if (onDisk == null) {
      return;
    }
    FileStamp now = FileStamp.of(onDisk.file());
    OpenFile file = openFile.get();
    if (now == null) {
      onDisk = null;
      prompts.showError(
          file.name() + " is gone",
          watched(file)
              + " was deleted or moved by another program. Your text is still open here; Save"
              + " writes it back.");
    } else if (!now.equals(onDisk)) {
      onDisk = now;
      boolean unsaved = model.document() != null && model.isModified();
      if (prompts.confirmReload(file.name(), unsaved)) {
        load(file.isProject() ? file.projectFile() : file.dockerfile());
      }
    }
  }

  /** The file whose changes on disk matter: the Dockerfile, else the project file. */
  private static Path watched(OpenFile file) {
    return file.dockerfile() != null ? file.dockerfile() : file.projectFile();
  }

  /**
   * Points a variant that builds a stage of the design at its new name; the original and other
   * files keep their own names.
   */
  private void stageRenamed(String oldName, String newName) {
    BuildSettings build = openFile.get().build();
    BuildSettings renamed =
        build
            .withA(retarget(build.a(), oldName, newName))
            .withB(retarget(build.b(), oldName, newName));
    setBuildSettings(renamed);
  }

  private static VariantSettings retarget(VariantSettings v, String oldName, String newName) {
    return v.source() == VariantSettings.Source.DOCUMENT && oldName.equalsIgnoreCase(v.target())
        ? v.withTarget(newName)
        : v;
  }

  public ReadOnlyObjectProperty<OpenFile> openFileProperty() {
    return openFile.getReadOnlyProperty();
  }

  public OpenFile openFile() {
    return openFile.get();
  }

  public RecentFiles recent() {
    return recent;
  }

  public void openSample() {
    show(
        editable(SampleProject.design()),
        Map.of(),
        Set.of(),
        Map.of(),
        false,
        SampleProject.buildSettings());
    openFile.set(
        new OpenFile(
            null,
            null,
            null,
            SampleProject.NAME,
            SampleProject.original(),
            SampleProject.buildSettings()));
  }

  /** Whether the built-in sample is open, as it came: no file of its own yet. */
  /**
   * The folder that relative build paths (context, variant Dockerfiles) are resolved against: the
   * project's folder, else the Dockerfile's, else the sample's; null for an untitled document.
   */
  public Path baseDirectory() {
    return baseDirectory(openFile.get(), isSampleOpen());
  }

  /**
   * {@link #baseDirectory()} for {@code file}; may touch the disk for the sample, so call it off
   * the FX thread.
   */
  public static Path baseDirectory(OpenFile file, boolean sample) {
    if (file.projectFile() != null) {
      return file.projectFile().toAbsolutePath().getParent();
    }
    if (file.dockerfile() != null) {
      return file.dockerfile().toAbsolutePath().getParent();
    }
    return sample ? SampleProject.folder() : null;
  }

  /**
   * Where the open file's build context is (variant A's context folder), for the split's review to
   * read scripts from: the file is taken now, on the JavaFX thread, and the folder is found when
   * the supplier is called, off it, since the sample's folder may have to be made on disk.
   */
  public java.util.function.Supplier<Path> contextLocator() {
    OpenFile file = openFile.get();
    boolean sample = isSampleOpen();
    return () -> {
      Path base = baseDirectory(file, sample);
      return base == null ? null : base.resolve(file.build().a().context()).normalize();
    };
  }

  public boolean isSampleOpen() {
    OpenFile f = openFile.get();
    return !f.hasLocation() && SampleProject.NAME.equals(f.name());
  }

  /** Replaces the open file's build settings; a project saves them, so leaving asks first. */
  public void setBuildSettings(BuildSettings build) {
    OpenFile f = openFile.get();
    if (!f.build().equals(build)) {
      openFile.set(
          new OpenFile(f.projectFile(), f.dockerfile(), f.format(), f.name(), f.original(), build));
      buildSettingsEdited = true;
    }
  }

  /** The severities chosen for lint rules in the open project, by rule id. */
  public ReadOnlyObjectProperty<Map<String, LintSeverity>> lintRulesProperty() {
    return lintRules.getReadOnlyProperty();
  }

  /** Chooses severities for lint rules ({@code off} turns one off); a project saves them. */
  public void setLintRules(Map<String, LintSeverity> rules) {
    if (!lintRules.get().equals(rules)) {
      lintRules.set(Map.copyOf(rules));
      buildSettingsEdited = true;
    }
  }

  /**
   * Keeps {@code text} as the single-stage original the design started from, unless the open file
   * already has one: a split's "before", so variant A can build it.
   */
  public void recordOriginal(String text) {
    OpenFile f = openFile.get();
    if (f.original() == null) {
      boolean edited = buildSettingsEdited;
      openFile.set(
          new OpenFile(
              f.projectFile(),
              f.dockerfile(),
              f.format(),
              f.name(),
              DockerfileSource.unsaved(text),
              f.build()));
      buildSettingsEdited = edited;
    }
  }

  /** Whether the build settings changed since the file was opened or saved. */
  public boolean buildSettingsEdited() {
    return buildSettingsEdited;
  }

  public void newDocument() {
    if (confirmDiscard()) {
      show(new Document(""), Map.of(), Set.of(), Map.of(), false, null);
      openFile.set(OpenFile.untitled("Untitled"));
    }
  }

  public void openDockerfile() {
    if (confirmDiscard()) {
      prompts.chooseFileToOpen(FileKind.DOCKERFILE).ifPresent(this::load);
    }
  }

  public void openProject() {
    if (confirmDiscard()) {
      prompts.chooseFileToOpen(FileKind.PROJECT).ifPresent(this::load);
    }
  }

  /** Opens a recent or given file, after asking about unsaved changes. */
  public boolean open(Path file) {
    return confirmDiscard() && load(file);
  }

  /**
   * Loads a project file or a Dockerfile, replacing what is open; false after telling the user why
   * not.
   */
  public boolean load(Path file) {
    if (ProjectFiles.isProjectFile(file)) {
      return loadProject(file);
    }
    String title = "Cannot open " + file.getFileName();
    try {
      TextFormat.Decoded text;
      boolean large = false;
      try {
        text = EditableFile.read(file);
      } catch (TooLargeException e) {
        if (!e.readableReadOnly()
            || !prompts.confirmOpenReadOnly(file.getFileName().toString(), e.getMessage())) {
          throw e;
        }
        text = EditableFile.readLarge(file);
        large = true;
      }
      Document document = editable(text.text());
      show(document, Map.of(), Set.of(), Map.of(), large, null);
      openFile.set(
          new OpenFile(
              null,
              file.toAbsolutePath(),
              text.format(),
              file.getFileName().toString(),
              null,
              null));
      notice.set(
          DockerfileLikeness.notADockerfile(document.graph().dockerfile())
              .map(
                  why ->
                      file.getFileName()
                          + " does not look like a Dockerfile: "
                          + why
                          + ". It is open as text; the diagram shows what a Dockerfile parser"
                          + " makes of it.")
              .orElse(""));
      recent.add(file);
      return true;
    } catch (NotTextException e) {
      prompts.showError(title, e.getMessage() + " What was open stays open.");
    } catch (NoSuchFileException e) {
      prompts.showError(title, file + " does not exist.");
    } catch (AccessDeniedException e) {
      prompts.showError(title, "You do not have permission to read " + file + ".");
    } catch (IOException e) {
      prompts.showError(title, "Reading " + file + " failed: " + e.getMessage());
    }
    return false;
  }

  private boolean loadProject(Path file) {
    Project project;
    try {
      project = ProjectFiles.read(file);
    } catch (ProjectFileException e) {
      prompts.showError("Cannot open " + file.getFileName(), e.getMessage());
      return false;
    }
    Map<String, Point> positions = new HashMap<>();
    project.positions().forEach((id, p) -> positions.put(id, new Point(p.x(), p.y())));
    // ProjectFiles.write restores the line endings of the Dockerfile on disk.
    show(
        editable(project.dockerfile().text()),
        positions,
        project.unfolded(),
        project.lintRules(),
        false,
        project.build());
    openFile.set(
        new OpenFile(
            file.toAbsolutePath(),
            project.dockerfile().path(),
            null,
            file.getFileName().toString(),
            project.original(),
            project.build()));
    recent.add(file);
    return true;
  }

  /**
   * Saves where the open file came from, or asks where when it came from nowhere or is open
   * read-only.
   */
  public boolean save() {
    OpenFile current = openFile.get();
    if (!current.hasLocation() || readOnly.get()) {
      return saveAs();
    }
    return write(current);
  }

  private boolean write(OpenFile current) {
    try {
      if (current.isProject()) {
        ProjectFiles.write(current.projectFile(), project(current));
      } else {
        AtomicFile.write(current.dockerfile(), current.format().encode(model.document().text()));
      }
      model.markSaved();
      buildSettingsEdited = false;
      onDisk = FileStamp.of(watched(current));
      return true;
    } catch (IOException e) {
      prompts.showError(
          "Cannot save", "Writing failed: " + e.getMessage() + ". The file on disk is unchanged.");
      return false;
    }
  }

  /**
   * Saves to a new place: a {@code .stagecraft} name saves a project (text, original, box
   * positions, build settings); any other name saves the Dockerfile alone.
   */
  public boolean saveAs() {
    OpenFile current = openFile.get();
    String suggested =
        current.isProject() ? current.name() : baseName(current.name()) + ProjectFiles.EXTENSION;
    Optional<Path> target = prompts.chooseFileToSave(FileKind.PROJECT, suggested);
    if (target.isEmpty()) {
      return false;
    }
    Path file = target.get().toAbsolutePath();
    // Relative build paths must keep naming the same folders from the new place.
    BuildSettings build = current.build().rebased(baseDirectory(), file.getParent());
    OpenFile next =
        ProjectFiles.isProjectFile(file)
            ? new OpenFile(
                file,
                current.dockerfile(),
                current.format(),
                file.getFileName().toString(),
                current.original(),
                build)
            : new OpenFile(
                null,
                file,
                current.format(),
                file.getFileName().toString(),
                current.original(),
                build);
    OpenFile previous = openFile.get();
    boolean edited = buildSettingsEdited;
    openFile.set(next);
    buildSettingsEdited = edited;
    if (write(next)) {
      recent.add(file);
      return true;
    }
    openFile.set(previous);
    buildSettingsEdited = edited;
    return false;
  }

  private Project project(OpenFile file) {
    Map<String, BoxPosition> positions = new HashMap<>();
    model.pinnedPositions().forEach((id, p) -> positions.put(id, new BoxPosition(p.x(), p.y())));
    DockerfileSource dockerfile = new DockerfileSource(file.dockerfile(), model.document().text());
    return new Project(
        dockerfile, file.original(), positions, model.unfoldedIds(), file.build(), lintRules.get());
  }

  /** Writes the Dockerfile's text to a file of the user's choice; what is open does not change. */
  public void exportDockerfile() {
    prompts
        .chooseFileToSave(FileKind.DOCKERFILE, "Dockerfile")
        .ifPresent(file -> write(file, openFile.get().format().encode(model.document().text())));
  }

  public void exportSvg() {
    DiagramSnapshot snapshot = model.snapshot();
    if (snapshot == null) {
      return;
    }
    prompts
        .chooseFileToSave(FileKind.SVG, baseName(openFile.get().name()) + ".svg")
        .ifPresent(
            file ->
                write(
                    file,
                    SvgDiagramWriter.write(snapshot.layout()).getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * @param png encodes the diagram as PNG bytes
   */
  public void exportPng(Function<DiagramSnapshot, byte[]> png) {
    DiagramSnapshot snapshot = model.snapshot();
    if (snapshot == null) {
      return;
    }
    prompts
        .chooseFileToSave(FileKind.PNG, baseName(openFile.get().name()) + ".png")
        .ifPresent(file -> write(file, png.apply(snapshot)));
  }

  private void write(Path file, byte[] bytes) {
    try {
      AtomicFile.write(file, bytes);
    } catch (IOException e) {
      prompts.showError("Cannot export", "Writing " + file + " failed: " + e.getMessage());
    }
  }

  /**
   * Asks what to do with unsaved changes; true when it is fine to replace or close the document.
   */
  public boolean confirmDiscard() {
    if ((model.document() == null || !model.isModified()) && !buildSettingsEdited) {
      return true;
    }
    return switch (prompts.askSaveChanges(openFile.get().name())) {
      case SAVE -> save();
      case DISCARD -> true;
      case CANCEL -> false;
    };
  }

  /**
   * Puts {@code document} in the model with the lint rules that go with it, read-only or editable;
   * the model refuses edits while it is read-only. Its stage references resolve with the build args
   * of {@code build} (null for none) from its first parse on, as the build panel will then ask.
   */
  private void show(
      Document document,
      Map<String, Point> positions,
      Set<String> unfolded,
      Map<String, LintSeverity> rules,
      boolean readOnly,
      BuildSettings build) {
    lintRules.set(rules);
    this.readOnly.set(readOnly);
    model.setReadOnly(readOnly);
    model.load(
        document,
        positions,
        unfolded,
        model.referenceContext().withBuildArgs(DesignReferences.designArgs(build)));
  }

  /**
   * A document for the editor. Its lines end in {@code \n} alone, as the code area holds them: a
   * {@code \r} the area dropped would make the two texts differ forever (ADR 15).
   */
  private static Document editable(String text) {
    return new Document(LineEndings.normalise(text));
  }

  private static String baseName(String name) {
    String n = name.replace(" (sample)", "");
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
