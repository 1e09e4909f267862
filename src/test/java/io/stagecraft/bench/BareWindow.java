package io.stagecraft.bench;

import io.stagecraft.app.FirstPaint;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline for Stagecraft's cold start: an empty JavaFX window of the same size, launched the
 * same way (a main class that is not an Application, on the class path), reporting its first paint
 * the same way. Run by packaging/measure-cold-start.sh.
 */
public final class BareWindow {
  private BareWindow() {}

  public static void main(String[] args) {
    Application.launch(App.class, args);
  }

  /** The empty window. */
  public static final class App extends Application {
    @Override
    public void start(Stage stage) {
      Scene scene = new Scene(new StackPane(), 1280, 800);
      stage.setScene(scene);
      stage.setTitle("bare");
      FirstPaint.whenPainted(scene, FirstPaint::printAndExit);
      stage.show();
    }
  }
}
