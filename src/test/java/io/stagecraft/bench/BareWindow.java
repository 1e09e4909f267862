package io.stagecraft.bench;

import io.stagecraft.app.FirstPaint;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline for Stagecraft's cold start: an empty JavaFX window of the same size, launched the
 * same way, reporting its first paint the same way. Run by packaging/measure-cold-start.sh.
 */
public final class BareWindow extends Application {
  public static void main(String[] args) {
    launch(args);
  }

  @Override
  public void start(Stage stage) {
    Scene scene = new Scene(new StackPane(), 1280, 800);
    stage.setScene(scene);
    stage.setTitle("bare");
    FirstPaint.report(scene, Platform::exit);
    stage.show();
  }
}
