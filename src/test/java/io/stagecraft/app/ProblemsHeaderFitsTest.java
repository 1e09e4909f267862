package io.stagecraft.app;

import static io.stagecraft.app.AppFixture.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.ui.Theme;
import io.stagecraft.ui.lint.ProblemsPanel;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Problems panel's header on 1024×700 and 1366×768 screens, in both themes: the filters and the
 * rules' menu show their values whole and inside the panel, on one row where there is room and on a
 * second row where there is not.
 */
@ExtendWith(ApplicationExtension.class)
class ProblemsHeaderFitsTest {
  private AppFixture app;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    app = new AppFixture(stage);
  }

  @AfterEach
  void tearDown() {
    app.dispose();
  }

  @Test
  void at1024x700TheFiltersMoveBelowTheTitleAndShowTheirValuesWhole() {
    for (Theme theme : Theme.values()) {
      ProblemsPanel panel = sized(1024, 700, theme);
      assertFalse(fx(panel::headerIsOneRow), theme + ": two rows on the code's narrow side");
      assertWholeAndInside(panel, theme + " at 1024");
    }
  }

  @Test
  void at1366x768TheHeaderIsOneRowWithItsValuesWhole() {
    for (Theme theme : Theme.values()) {
      ProblemsPanel panel = sized(1366, 768, theme);
      assertTrue(fx(panel::headerIsOneRow), theme + ": one row where there is room");
      assertWholeAndInside(panel, theme + " at 1366");
    }
  }

  /** The window at the largest size the screen allows, the sample's problems listed. */
  private ProblemsPanel sized(double screenWidth, double screenHeight, Theme theme) {
    fx(
        () -> {
          app.window.setTheme(theme);
          // As DesktopLauncher fits the window to a smaller screen.
          stage.setX(0);
          stage.setY(0);
          stage.setWidth(Math.min(1280, screenWidth));
          stage.setHeight(Math.min(800, screenHeight));
          stage.getScene().getRoot().applyCss();
          stage.getScene().getRoot().layout();
        });
    WaitForAsyncUtils.waitForFxEvents();
    ProblemsPanel panel = fx(() -> app.window.lint().panel());
    assertTrue(fx(panel::summary).contains("warnings"), "the sample's problems are listed");
    return panel;
  }

  private static void assertWholeAndInside(ProblemsPanel panel, String where) {
    List<Region> controls =
        List.of(panel.severityFilter(), panel.ruleFilter(), panel.ruleSettings());
    Bounds inPanel = fx(() -> panel.localToScene(panel.getLayoutBounds()));
    for (Region control : controls) {
      double width = fx(control::getWidth);
      double needed = fx(() -> control.prefWidth(-1));
      assertTrue(
          width >= needed - 0.5,
          where + ": " + name(control) + " is cut to " + width + " < " + needed);
      Bounds b = fx(() -> control.localToScene(control.getLayoutBounds()));
      assertTrue(
          b.getMinX() >= inPanel.getMinX() - 0.5 && b.getMaxX() <= inPanel.getMaxX() + 0.5,
          where + ": " + name(control) + " at " + b + " is outside the panel " + inPanel);
    }
    // A combo box's value is drawn by its button cell, which must not elide it.
    for (ComboBox<String> filter : List.of(panel.severityFilter(), panel.ruleFilter())) {
      Labeled cell =
          fx(
              () ->
                  (Labeled)
                      filter.getChildrenUnmodifiable().stream()
                          .filter(n -> n instanceof javafx.scene.control.ListCell)
                          .findFirst()
                          .orElseThrow());
      assertEquals(fx(filter::getValue), fx(cell::getText));
      assertTrue(
          fx(() -> cell.getWidth() >= cell.prefWidth(-1) - 0.5),
          where + ": " + fx(filter::getValue) + " is elided in its filter");
    }
  }

  private static String name(Region control) {
    return control instanceof Labeled l
        ? "\"" + fx(l::getText) + "\""
        : String.valueOf(fx(() -> ((ComboBox<?>) control).getValue()));
  }
}
