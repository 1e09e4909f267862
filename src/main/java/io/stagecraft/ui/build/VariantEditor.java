package io.stagecraft.ui.build;

import io.stagecraft.core.build.Builder;
import io.stagecraft.persistence.VariantSettings;
import io.stagecraft.persistence.VariantSettings.Source;
import io.stagecraft.ui.Icon;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The fields of one variant's settings; every edit goes to {@code onEdit} at once. */
public final class VariantEditor extends GridPane {
  private final String label;
  private final ComboBox<Source> source = new ComboBox<>();
  private final TextField file = new TextField();
  private final TextField target = new TextField();
  private final TextArea args = new TextArea();
  private final TextField context = new TextField();
  private final ComboBox<Builder> builder = new ComboBox<>();
  private final TextField tag = new TextField();
  private boolean showing;

  /**
   * @param chooseFile asks the user for a Dockerfile, for the File field
   * @param chooseContext asks the user for the context folder and puts the answer into the settings
   */
  public VariantEditor(
      String label,
      Consumer<VariantSettings> onEdit,
      Supplier<Optional<Path>> chooseFile,
      Runnable chooseContext) {
    this.label = label;
    getStyleClass().add("variant-editor");
    setHgap(6);
    setVgap(4);
    ColumnConstraints names = new ColumnConstraints();
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    ColumnConstraints names2 = new ColumnConstraints();
    ColumnConstraints fields2 = new ColumnConstraints();
    fields2.setHgrow(Priority.ALWAYS);
    getColumnConstraints().addAll(names, fields, names2, fields2);
    source.getItems().setAll(Source.values());
    source.setCellFactory(l -> new SourceCell());
    source.setButtonCell(new SourceCell());
    builder.getItems().setAll(Builder.values());
    file.setPromptText("path/to/Dockerfile");
    target.setPromptText("last stage");
    args.setPromptText("KEY=VALUE, one a line");
    args.setPrefRowCount(2);
    context.setPromptText("folder, relative to the project");
    tag.setPromptText("none");
    source.setTooltip(new Tooltip("Which Dockerfile variant " + label + " builds"));
    file.disableProperty().bind(source.valueProperty().isNotEqualTo(Source.FILE));
    id(source, "source");
    id(file, "file");
    id(target, "target");
    id(args, "args");
    id(context, "context");
    id(builder, "builder");
    id(tag, "tag");
    add(new Label("Dockerfile"), 0, 0);
    add(source, 1, 0);
    add(new Label("File"), 2, 0);
    Button browse = new Button("\u2026");
    browse.setTooltip(new Tooltip("Choose the Dockerfile"));
    browse.disableProperty().bind(file.disableProperty());
    browse.setOnAction(
        e -> chooseFile.get().ifPresent(p -> file.setText(p.toAbsolutePath().toString())));
    id(browse, "browse");
    HBox fileRow = new HBox(4, file, browse);
    HBox.setHgrow(file, Priority.ALWAYS);
    add(fileRow, 3, 0);
    add(new Label("Target"), 0, 1);
    add(target, 1, 1);
    add(new Label("Context"), 2, 1);
    Button browseContext = new Button(null, Icon.FOLDER_OPEN_OUTLINE.node());
    browseContext.setTooltip(new Tooltip("Choose the build context folder"));
    browseContext.setOnAction(e -> chooseContext.run());
    id(browseContext, "context-browse");
    HBox contextRow = new HBox(4, context, browseContext);
    HBox.setHgrow(context, Priority.ALWAYS);
    add(contextRow, 3, 1);
    add(new Label("Builder"), 0, 2);
    add(builder, 1, 2);
    add(new Label("Tag"), 2, 2);
    add(tag, 3, 2);
    add(new Label("Build args"), 0, 3);
    add(args, 1, 3, 3, 1);
    Runnable edited =
        () -> {
          if (!showing) {
            onEdit.accept(read());
          }
        };
    source.valueProperty().addListener((o, was, now) -> edited.run());
    builder.valueProperty().addListener((o, was, now) -> edited.run());
    for (var field :
        new javafx.scene.control.TextInputControl[] {file, target, args, context, tag}) {
      field.textProperty().addListener((o, was, now) -> edited.run());
    }
  }

  private void id(javafx.scene.Node node, String field) {
    node.setId("variant-" + label + "-" + field);
  }

  /** Shows {@code settings} unless the fields already say the same (so typing is not disturbed). */
  public void show(VariantSettings settings) {
    // Blank fields read as the defaults: until the first settings are shown, they must be shown
    // anyway.
    if (source.getValue() != null && Objects.equals(read(), settings)) {
      return;
    }
    showing = true;
    try {
      source.setValue(settings.source());
      file.setText(settings.file() == null ? "" : settings.file());
      target.setText(settings.target() == null ? "" : settings.target());
      args.setText(BuildArgsText.format(settings.buildArgs()));
      context.setText(settings.context());
      builder.setValue(settings.builder());
      tag.setText(settings.tag() == null ? "" : settings.tag());
    } finally {
      showing = false;
    }
  }

  /** The settings the fields say. */
  public VariantSettings read() {
    return new VariantSettings(
        source.getValue(),
        file.getText(),
        target.getText(),
        BuildArgsText.parse(args.getText()),
        context.getText(),
        builder.getValue(),
        tag.getText());
  }

  /** How a source reads in the list. */
  static String describe(Source s) {
    return switch (s) {
      case DOCUMENT -> "The design (editor)";
      case ORIGINAL -> "The original";
      case FILE -> "A file";
    };
  }

  private static final class SourceCell extends ListCell<Source> {
    @Override
    protected void updateItem(Source item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty || item == null ? null : describe(item));
    }
  }
}
