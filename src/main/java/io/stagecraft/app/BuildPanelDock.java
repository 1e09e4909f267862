package io.stagecraft.app;

import io.stagecraft.core.io.AtomicFile;
import io.stagecraft.ui.UserData;
import io.stagecraft.ui.build.BuildPanel;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * Folds the build panel to its header and unfolds it, as an IDE's bottom panel: it starts folded,
 * so the canvas and the code get the window, unfolds when a build starts, and remembers the user's
 * own choice, and how tall they made it, in the user's data folder.
 */
public final class BuildPanelDock {
  static final String FILE = "window.properties";
  static final String EXPANDED = "buildPanel.expanded";
  static final String DIVIDER = "buildPanel.divider";

  /** Where the divider goes when the panel unfolds and the user never moved it. */
  static final double DEFAULT_DIVIDER = 0.55;

  private final Path file;
  private final Properties state;
  private double divider;
  private BuildPanel panel;

  BuildPanelDock(Path file) {
    this.file = file;
    this.state = read(file);
    this.divider = parse(state.getProperty(DIVIDER), DEFAULT_DIVIDER);
  }

  static BuildPanelDock forUser() {
    return new BuildPanelDock(UserData.folder().resolve(FILE));
  }

  /** Whether the user last left the panel unfolded; false until they unfold it. */
  boolean expandedByUser() {
    return Boolean.parseBoolean(state.getProperty(EXPANDED, "false"));
  }

  /**
   * Puts {@code panel}, the second item of {@code split}, in the remembered state and follows it.
   */
  void dock(SplitPane split, BuildPanel panel) {
    this.panel = panel;
    panel.expandedProperty().set(expandedByUser());
    apply(split, panel, panel.expandedProperty().get());
    panel
        .expandedProperty()
        .addListener(
            (o, was, now) -> {
              if (!now) {
                divider = split.getDividerPositions()[0];
              }
              apply(split, panel, now);
              state.setProperty(EXPANDED, Boolean.toString(now));
              state.setProperty(DIVIDER, Double.toString(divider));
              save();
            });
    // A build shows its progress: the panel opens for it, without changing what is remembered.
    panel
        .model()
        .buildingProperty()
        .addListener(
            (o, was, building) -> {
              if (building && !panel.expandedProperty().get()) {
                apply(split, panel, true);
                panel.expandedProperty().set(true);
              }
            });
  }

  /** Folds an unfolded panel and unfolds a folded one (Ctrl+J). */
  void toggle() {
    if (panel != null) {
      panel.expandedProperty().set(!panel.expandedProperty().get());
    }
  }

  private void apply(SplitPane split, BuildPanel panel, boolean expanded) {
    if (expanded) {
      panel.setMinHeight(120);
      panel.setMaxHeight(Double.MAX_VALUE);
      // After the panel laid out its unfolded body, or the split would clamp to the folded size.
      Platform.runLater(() -> split.setDividerPositions(divider));
    } else {
      panel.setMinHeight(Region.USE_PREF_SIZE);
      panel.setMaxHeight(Region.USE_PREF_SIZE);
      split.setDividerPositions(1);
    }
  }

  private void save() {
    StringWriter text = new StringWriter();
    try {
      state.store(text, "Stagecraft window layout");
    } catch (IOException e) {
      return;
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.ISO_8859_1);
    // Off the JavaFX thread: a slow disk must not hold up the click.
    CompletableFuture.runAsync(
        () -> {
          try {
            AtomicFile.write(file, bytes);
          } catch (IOException e) {
            // The layout is a convenience: without it the panel starts folded next time.
          }
        });
  }

  private static Properties read(Path file) {
    Properties p = new Properties();
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        p.load(in);
      } catch (IOException | IllegalArgumentException e) {
        // A damaged layout file is ignored; the defaults apply.
      }
    }
    return p;
  }

  private static double parse(String s, double fallback) {
    try {
      double d = s == null ? fallback : Double.parseDouble(s);
      return d > 0.1 && d < 0.95 ? d : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
