package io.stagecraft.ui.build;

import io.stagecraft.core.build.ComparedVariant;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/** Paints the size chart on its own, at a fixed width, for the PNG next to the Markdown export. */
public final class ComparisonExport {
  private static final double WIDTH = 720;

  private ComparisonExport() {}

  /**
   * Paints the chart of {@code a} against {@code b} in the given styles, twice its size for
   * sharpness. Runs on the JavaFX thread.
   */
  public static WritableImage chart(
      ComparedVariant a, ComparedVariant b, List<String> stylesheets, List<String> themeClasses) {
    SizeChart chart = new SizeChart(a, b);
    StackPane root = new StackPane(chart);
    root.setPadding(new Insets(16));
    root.getStyleClass().addAll(themeClasses);
    root.getStyleClass().add("chart-export");
    Scene scene = new Scene(root, WIDTH, 10);
    scene.getStylesheets().setAll(stylesheets);
    root.applyCss();
    double height = root.prefHeight(WIDTH);
    root.resize(WIDTH, height);
    root.layout();
    SnapshotParameters params = new SnapshotParameters();
    params.setTransform(Transform.scale(2, 2));
    return root.snapshot(params, null);
  }

  /** The image as PNG bytes. */
  public static byte[] png(WritableImage image) {
    BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(buffered, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
