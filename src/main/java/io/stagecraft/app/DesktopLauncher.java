package io.stagecraft.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** Starts the JavaFX desktop application. */
public final class DesktopLauncher extends Application {

  static void open(String[] args) {
    Application.launch(DesktopLauncher.class, args);
  }

  @Override
  public void start(Stage stage) {
    stage.setTitle("Stagecraft");
    stage.setScene(new Scene(new StackPane(new Label("Stagecraft")), 1280, 800));
    stage.show();
  }
}
