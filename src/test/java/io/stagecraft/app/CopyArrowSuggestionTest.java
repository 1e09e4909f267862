package io.stagecraft.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stagecraft.core.document.Document;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drawing a COPY arrow never suggests copying a builder's whole filesystem. */
@ExtendWith(ApplicationExtension.class)
class CopyArrowSuggestionTest {
  private AppFixture app;

  @Start
  void start(javafx.stage.Stage stage) {
    app = new AppFixture(stage);
  }

  @AfterEach
  void tearDown() {
    app.dispose();
  }

  @Test
  void aBuilderWithoutWorkdirSuggestsNoPath(FxRobot robot) {
    robot.interact(
        () ->
            app.window
                .model()
                .load(
                    new Document("FROM alpine AS tools\nRUN make\nFROM scratch\n"),
                    Map.of(),
                    Set.of()));
    robot.interact(() -> app.window.actions().drawCopyArrow(0, 1));
    assertEquals("", app.prompts.suggestedCopyPaths.source());
  }
}
