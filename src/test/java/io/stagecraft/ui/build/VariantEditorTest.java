package io.stagecraft.ui.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stagecraft.core.build.Builder;
import io.stagecraft.persistence.VariantSettings;
import io.stagecraft.persistence.VariantSettings.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A variant's fields show its settings, the defaults included, and typing reads back as settings.
 */
@ExtendWith(ApplicationExtension.class)
class VariantEditorTest {
  private final List<VariantSettings> edits = new ArrayList<>();
  private VariantEditor editor;

  @Start
  void start(Stage stage) {
    editor = new VariantEditor("B", edits::add, Optional::empty, () -> {});
    stage.setScene(new javafx.scene.Scene(editor));
    stage.show();
  }

  @Test
  void theDefaultSettingsAreShownNotLeftBlank() {
    VariantSettings defaults =
        new VariantSettings(Source.DOCUMENT, null, null, Map.of(), null, null, null);
    fx(
        () -> {
          editor.show(defaults);
          return null;
        });
    assertEquals(Source.DOCUMENT, fx(() -> combo("#variant-B-source").getValue()));
    assertEquals(Builder.BUILDKIT, fx(() -> combo("#variant-B-builder").getValue()));
    assertEquals(".", fx(() -> ((TextField) editor.lookup("#variant-B-context")).getText()));
    assertEquals(defaults, fx(() -> editor.read()));
  }

  private ComboBox<?> combo(String id) {
    return (ComboBox<?>) editor.lookup(id);
  }

  private static <T> T fx(Callable<T> call) {
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.waitForAsyncFx(5000, call);
  }
}
