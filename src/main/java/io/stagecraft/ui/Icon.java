package io.stagecraft.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import javafx.scene.layout.Pane;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;

/**
 * The app's icons, from Material Design Icons (Pictogrammers, Apache License 2.0): their outlines
 * as path data on the icons' 24-unit grid, in {@code icons.properties}, made from the icon font by
 * {@code IconOutlinesTest}. They are drawn as shapes rather than as font glyphs because a glyph
 * font costs a cold start dearly: loading a 1.3 MB font, the JDK's bidirectional-text tables for
 * these code points beyond the Basic Multilingual Plane, and icon classes that hold thousands of
 * constants.
 */
public enum Icon {
  ALERT_OCTAGON_OUTLINE,
  ALERT_OUTLINE,
  CLOSE,
  CONTENT_SAVE_EDIT_OUTLINE,
  CONTENT_SAVE_OUTLINE,
  DELETE_SWEEP_OUTLINE,
  DOCKER,
  EXPORT,
  EXPORT_VARIANT,
  FEATHER,
  FILE_CODE_OUTLINE,
  FILE_DOCUMENT_OUTLINE,
  FILE_IMAGE_OUTLINE,
  FILE_PLUS_OUTLINE,
  FIT_TO_SCREEN_OUTLINE,
  FOLDER_OPEN_OUTLINE,
  FORMAT_LIST_BULLETED,
  HAMMER_WRENCH,
  INFORMATION_OUTLINE,
  MAGNIFY,
  MAGNIFY_MINUS_OUTLINE,
  MAGNIFY_PLUS_OUTLINE,
  PACKAGE_VARIANT_CLOSED,
  PLUS_BOX_OUTLINE,
  REDO,
  REFRESH,
  RENAME_BOX,
  SET_SPLIT,
  SHIELD_CHECK_OUTLINE,
  STOP_CIRCLE_OUTLINE,
  THEME_LIGHT_DARK,
  TRASH_CAN_OUTLINE,
  UNDO;

  /** The grid the outlines are drawn on. */
  public static final double GRID = 24;

  /** The size the theme gives icons. */
  public static final double DEFAULT_SIZE = 18;

  /** This icon at the theme's size. */
  public Pane node() {
    return node(DEFAULT_SIZE);
  }

  /**
   * This icon in a square of {@code size} pixels. The shape carries the style class the AtlantaFX
   * theme colours icons by, so it takes the colours of the buttons, menus and labels it sits in, in
   * each of their states.
   */
  public Pane node(double size) {
    SVGPath shape = new SVGPath();
    shape.setContent(path());
    shape.getStyleClass().add("ikonli-font-icon");
    shape.getTransforms().add(new Scale(size / GRID, size / GRID));
    Pane box = new Pane(shape);
    box.getStyleClass().add("icon");
    box.setMinSize(size, size);
    box.setPrefSize(size, size);
    box.setMaxSize(size, size);
    return box;
  }

  /** The outline as SVG path data on the 24-unit grid. */
  public String path() {
    return Outlines.PATHS.getProperty(name());
  }

  /** Read once, when the first icon is drawn. */
  private static final class Outlines {
    static final Properties PATHS = load();

    private static Properties load() {
      Properties paths = new Properties();
      try (InputStream in = Icon.class.getResourceAsStream("icons.properties")) {
        paths.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return paths;
    }
  }
}
