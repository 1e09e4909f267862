package io.stagecraft.app;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A banner above the editors that says something about the open file, such as that it is plainly
 * not a Dockerfile; hidden while there is nothing to say, and until the next file once dismissed.
 */
final class FileNotice extends HBox {

  FileNotice(ObservableStringValue notice) {
    getStyleClass().add("file-notice");
    Label text = new Label();
    text.setWrapText(true);
    text.textProperty().bind(notice);
    HBox.setHgrow(text, Priority.ALWAYS);
    text.setMaxWidth(Double.MAX_VALUE);
    Button dismiss = new Button("Dismiss");
    dismiss.setOnAction(e -> show(false));
    getChildren().addAll(text, dismiss);
    notice.addListener((obs, was, now) -> show(!now.isEmpty()));
    show(!notice.get().isEmpty());
  }

  private void show(boolean shown) {
    setVisible(shown);
    setManaged(shown);
  }
}
