package io.stagecraft.app;

import static io.stagecraft.app.AppFixture.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stagecraft.testing.SyntheticDockerfile;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Boxes are kept as bitmaps only in a small diagram: on a dense one, without shadows, the bitmaps
 * cost more memory than repainting costs time.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasBitmapsTest {
  @TempDir Path tmp;
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
  void theSamplesBoxesAreBitmapsAndADenseDiagramsAreNot() throws Exception {
    assertEquals(List.of(true), cachedStates());
    app.open(tmp, SyntheticDockerfile.generate(600, 40));
    assertEquals(List.of(false), cachedStates());
  }

  /** Whether the boxes on the canvas are cached, each state once. */
  private List<Boolean> cachedStates() {
    return fx(
        () ->
            app.window.canvas().drawing().lookupAll(".diagram-node").stream()
                .map(Node::isCache)
                .distinct()
                .toList());
  }
}
