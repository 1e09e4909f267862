package io.stagecraft.ui.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The frame after each layout of the code area has a damaged pixel, so JavaFX paints that pixel
 * instead of the whole window; and the pixel shows nothing and asks for no frames of its own.
 */
@ExtendWith(ApplicationExtension.class)
class PartialRepaintCodeAreaTest {
  private PartialRepaintCodeArea area;

  /** The pixel's background as each frame began, before its CSS and layout passes. */
  private final List<Background> atFrameStart = new ArrayList<>();

  @Start
  void start(javafx.stage.Stage stage) {
    area = new PartialRepaintCodeArea();
    area.replaceText("FROM alpine\nRUN make\n");
    Scene scene = new Scene(area, 400, 200);
    scene.addPreLayoutPulseListener(() -> atFrameStart.add(area.damage().getBackground()));
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void theFrameAfterAKeystrokeFindsThePixelChanged() {
    settle();
    int before = fx(atFrameStart::size);
    Background was = fx(() -> area.damage().getBackground());
    fx(
        () -> {
          area.insertText(area.getLength(), "x");
          area.requestFollowCaret();
          return null;
        });
    WaitForAsyncUtils.waitForFxEvents(4);
    List<Background> frames =
        fx(() -> new ArrayList<>(atFrameStart.subList(before, atFrameStart.size())));
    assertFalse(frames.isEmpty(), "no frame followed the keystroke");
    assertTrue(
        frames.stream().anyMatch(b -> b != was),
        "no frame after the keystroke's layout began with the pixel changed");
  }

  @Test
  void thePixelAsksForNoFramesWhenNothingElseChanges() {
    settle();
    Background settled = fx(() -> area.damage().getBackground());
    WaitForAsyncUtils.waitForFxEvents(6);
    assertSame(settled, fx(() -> area.damage().getBackground()), "the pixel keeps changing");
  }

  @Test
  void thePixelIsOneTransparentPixelOutsideLayoutAndPicking() {
    settle();
    var damage = area.damage();
    assertSame(area, fx(damage::getParent));
    assertFalse(damage.isManaged());
    assertTrue(damage.isMouseTransparent());
    assertEquals(1, damage.getWidth());
    assertEquals(1, damage.getHeight());
    for (int edit = 0; edit < 3; edit++) {
      fx(
          () -> {
            area.insertText(0, "#");
            return null;
          });
      WaitForAsyncUtils.waitForFxEvents(3);
      Background background = fx(damage::getBackground);
      if (background != null) {
        background
            .getFills()
            .forEach(fill -> assertEquals(Color.TRANSPARENT, fill.getFill(), "the pixel paints"));
        assertTrue(background.getImages().isEmpty(), "the pixel paints");
      }
    }
  }

  private void settle() {
    WaitForAsyncUtils.waitForFxEvents(6);
  }

  private static <T> T fx(Callable<T> call) {
    try {
      return WaitForAsyncUtils.asyncFx(call).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
