package io.stagecraft.ui.build;

import io.stagecraft.core.build.BuiltImage;
import io.stagecraft.core.build.Sizes;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The images Stagecraft built on the engine, newest first: ID, tags, size (binary units, the exact
 * bytes in a tooltip), when it was made, and a button that removes it.
 */
public final class BuiltImagesTable extends TableView<BuiltImage> {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  public BuiltImagesTable(BuildPanelModel model, ZoneId zone) {
    super(model.builtImages());
    setId("built-images");
    setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    setPlaceholder(
        new Label(
            model.builtListedProperty().get()
                ? "No images built by Stagecraft on this engine"
                : "Press the list button to see the images Stagecraft built on this engine"));
    model
        .builtListedProperty()
        .addListener(
            (o, was, now) ->
                setPlaceholder(new Label("No images built by Stagecraft on this engine")));
    TableColumn<BuiltImage, String> id = column("Image", i -> Sizes.shortId(i.id()), 110);
    TableColumn<BuiltImage, String> tags =
        column("Tags", i -> i.tags().isEmpty() ? "(untagged)" : String.join(", ", i.tags()), 260);
    TableColumn<BuiltImage, String> size = column("Size", i -> Sizes.human(i.sizeBytes()), 90);
    size.setCellFactory(c -> new SizeCell());
    TableColumn<BuiltImage, String> created =
        column("Created", i -> WHEN.format(i.created().atZone(zone)), 150);
    TableColumn<BuiltImage, BuiltImage> remove = new TableColumn<>("");
    remove.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    remove.setCellFactory(c -> new RemoveCell(model));
    remove.setSortable(false);
    remove.setMinWidth(90);
    remove.setMaxWidth(90);
    getColumns().addAll(java.util.List.of(id, tags, size, created, remove));
    // The engine's order is newest first; sorting by a column is the user's choice.
    id.setSortable(false);
  }

  private static TableColumn<BuiltImage, String> column(
      String title, Function<BuiltImage, String> value, double width) {
    TableColumn<BuiltImage, String> column = new TableColumn<>(title);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    column.setPrefWidth(width);
    return column;
  }

  /** The size in binary units, and in exact bytes when hovered. */
  private static final class SizeCell extends TableCell<BuiltImage, String> {
    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      BuiltImage image = empty ? null : getTableRow().getItem();
      setText(empty ? null : item);
      setTooltip(
          image == null
              ? null
              : new Tooltip(String.format(Locale.ROOT, "%,d bytes", image.sizeBytes())));
    }
  }

  /** A button that removes the row's image from the engine. */
  private static final class RemoveCell extends TableCell<BuiltImage, BuiltImage> {
    private final Button remove = new Button("Remove");
    private final BuildPanelModel model;

    RemoveCell(BuildPanelModel model) {
      this.model = model;
      remove.getStyleClass().addAll("flat", "small");
    }

    @Override
    protected void updateItem(BuiltImage image, boolean empty) {
      super.updateItem(image, empty);
      if (empty || image == null) {
        setGraphic(null);
        return;
      }
      remove.setId("remove-image-" + Sizes.shortId(image.id()));
      remove.setTooltip(
          new Tooltip(
              "Remove "
                  + (image.tags().isEmpty() ? Sizes.shortId(image.id()) : image.tags().get(0))
                  + " from the engine"));
      remove.setOnAction(e -> model.removeImage(image));
      setGraphic(remove);
    }
  }
}
