package io.stagecraft.ui.dialog;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Keeps a dialog on its screen with its buttons visible, as on a 1280×720 laptop: the content
 * scrolls inside the dialog instead of pushing the buttons off the screen, and the dialog is moved
 * back inside the screen when it would open across an edge.
 */
public final class DialogFit {
  /** Room left around a dialog for the window manager's title bar and the panels. */
  static final double MARGIN = 40;

  private DialogFit() {}

  /** Fits {@code dialog} to the screen its owner is on (the primary screen without an owner). */
  public static void fit(Dialog<?> dialog) {
    fit(dialog, () -> screenOf(dialog.getOwner()));
  }

  /**
   * Fits {@code dialog} to {@code bounds}: the content is wrapped in a scroll pane, the dialog is
   * no larger than the bounds and opens inside them.
   */
  public static void fit(Dialog<?> dialog, java.util.function.Supplier<Rectangle2D> bounds) {
    DialogPane pane = dialog.getDialogPane();
    Node content = pane.getContent();
    if (content != null && !(content instanceof ScrollPane)) {
      ScrollPane scroll = new ScrollPane(content);
      scroll.setFitToWidth(true);
      scroll.setFitToHeight(true);
      scroll.getStyleClass().add("dialog-scroll");
      pane.setContent(scroll);
    }
    dialog.setOnShowing(e -> limit(pane, bounds.get()));
    dialog.setOnShown(e -> placeInside(dialog, bounds.get()));
  }

  private static void limit(DialogPane pane, Rectangle2D screen) {
    // A button bar shrinks its buttons to a common width before it drops any; a label such as
    // "Delete with references" must never be cut.
    for (var type : pane.getButtonTypes()) {
      Node button = pane.lookupButton(type);
      if (button instanceof javafx.scene.control.Button b) {
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.ButtonBar.setButtonUniformSize(b, false);
      }
    }
    // The theme caps every dialog (Primer: 600 px wide); a dialog that asks for more room with its
    // preferred size gets it, up to the screen. A theme's stylesheet outranks setMaxSize, so the
    // limits also go into the pane's own style, which outranks the stylesheet.
    pane.applyCss();
    double maxWidth =
        Math.min(
            screen.getWidth() - MARGIN, Math.max(cap(pane.getMaxWidth()), pane.getPrefWidth()));
    double maxHeight =
        Math.min(
            screen.getHeight() - MARGIN, Math.max(cap(pane.getMaxHeight()), pane.getPrefHeight()));
    pane.setStyle(
        pane.getStyle()
            + "-fx-max-width: "
            + maxWidth
            + "px; -fx-max-height: "
            + maxHeight
            + "px;");
    pane.setMaxSize(maxWidth, maxHeight);
    pane.applyCss();
    Node bar = pane.lookup(".button-bar");
    double buttons =
        bar == null
            ? 0
            : bar.prefWidth(-1) + pane.getInsets().getLeft() + pane.getInsets().getRight();
    double minWidth = pane.getMinWidth() > 0 ? pane.getMinWidth() : 0;
    double minHeight = pane.getMinHeight() > 0 ? pane.getMinHeight() : 0;
    pane.setMinSize(
        Math.min(Math.max(minWidth, buttons), maxWidth), Math.min(minHeight, maxHeight));
    double width = Math.min(Math.max(pane.prefWidth(-1), buttons), maxWidth);
    // The height at that width: a message that wraps needs its lines, not the one line it would
    // take unwrapped.
    pane.setPrefSize(width, Math.min(pane.prefHeight(width), maxHeight));
  }

  /** A maximum size as a limit: none when it is computed or unbounded. */
  private static double cap(double max) {
    return max > 0 ? max : Double.MAX_VALUE;
  }

  /** Moves and, if need be, shrinks the dialog's window so all of it is inside {@code screen}. */
  static void placeInside(Dialog<?> dialog, Rectangle2D screen) {
    double width = Math.min(dialog.getWidth(), screen.getWidth());
    double height = Math.min(dialog.getHeight(), screen.getHeight());
    if (width != dialog.getWidth()) {
      dialog.setWidth(width);
    }
    if (height != dialog.getHeight()) {
      dialog.setHeight(height);
    }
    double x = Math.max(screen.getMinX(), Math.min(dialog.getX(), screen.getMaxX() - width));
    double y = Math.max(screen.getMinY(), Math.min(dialog.getY(), screen.getMaxY() - height));
    if (x != dialog.getX()) {
      dialog.setX(x);
    }
    if (y != dialog.getY()) {
      dialog.setY(y);
    }
  }

  /** The visual bounds of the screen that holds most of {@code owner}. */
  public static Rectangle2D screenOf(Window owner) {
    if (owner == null) {
      return Screen.getPrimary().getVisualBounds();
    }
    var screens =
        Screen.getScreensForRectangle(
            owner.getX(),
            owner.getY(),
            Math.max(1, owner.getWidth()),
            Math.max(1, owner.getHeight()));
    return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
  }
}
