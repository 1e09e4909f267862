package io.stagecraft.ui.canvas;

import io.stagecraft.layout.Rect;
import javafx.geometry.Point2D;
import javafx.scene.transform.Affine;

/** The canvas's zoom and pan: a scale about the origin, then a translation, kept within limits. */
final class Viewport {
  static final double MIN_SCALE = 0.1;
  static final double MAX_SCALE = 3.0;
  private final Affine transform = new Affine();
  private double scale = 1;
  private double tx;
  private double ty;

  Affine transform() {
    return transform;
  }

  double scale() {
    return scale;
  }

  /** Zooms by {@code factor}, keeping the point under {@code pivot} (canvas coordinates) still. */
  void zoom(double factor, Point2D pivot) {
    double next = clamp(scale * factor);
    double worldX = (pivot.getX() - tx) / scale;
    double worldY = (pivot.getY() - ty) / scale;
    scale = next;
    tx = pivot.getX() - worldX * scale;
    ty = pivot.getY() - worldY * scale;
    apply();
  }

  void pan(double dx, double dy) {
    tx += dx;
    ty += dy;
    apply();
  }

  /**
   * The most a fit enlarges a small drawing: enough to read it, not so much that it looks blown up.
   */
  static final double MAX_FIT_SCALE = 1.3;

  /**
   * Fits a drawing into the view, centred, enlarging small drawings a little. A fit always shows
   * all of it, so it may go below the smallest zoom the wheel reaches.
   */
  void fit(Rect drawing, double viewWidth, double viewHeight) {
    fit(drawing, new Rect(0, 0, viewWidth, viewHeight));
  }

  /** Fits a drawing into {@code area}, a part of the view, centred there. */
  void fit(Rect drawing, Rect area) {
    double width = drawing.width();
    double height = drawing.height();
    if (width <= 0 || height <= 0 || area.width() <= 0 || area.height() <= 0) {
      scale = 1;
      tx = 0;
      ty = 0;
    } else {
      scale = Math.min(MAX_FIT_SCALE, Math.min(area.width() / width, area.height() / height));
      tx = area.x() + (area.width() - width * scale) / 2 - drawing.x() * scale;
      ty = area.y() + (area.height() - height * scale) / 2 - drawing.y() * scale;
    }
    apply();
  }

  /** Pans so that {@code world} (drawing coordinates) is at the centre of the view. */
  void centreOn(Point2D world, double viewWidth, double viewHeight) {
    tx = viewWidth / 2 - world.getX() * scale;
    ty = viewHeight / 2 - world.getY() * scale;
    apply();
  }

  /** The part of the drawing the view shows, in drawing coordinates. */
  Rect visible(double viewWidth, double viewHeight) {
    Point2D topLeft = toWorld(0, 0);
    return new Rect(topLeft.getX(), topLeft.getY(), viewWidth / scale, viewHeight / scale);
  }

  /** The drawing coordinates of a point of the canvas. */
  Point2D toWorld(double x, double y) {
    return new Point2D((x - tx) / scale, (y - ty) / scale);
  }

  private static double clamp(double s) {
    return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
  }

  private void apply() {
    transform.setToTransform(scale, 0, tx, 0, scale, ty);
  }
}
