package io.stagecraft.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.ui.concurrent.SameThreadBackgroundWork;
import io.stagecraft.ui.split.SplitReview;
import io.stagecraft.ui.split.SplitView;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.CheckBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The review offers Non-root and Debug only for runtimes they change, and says why not. */
@ExtendWith(ApplicationExtension.class)
class SplitChoicesTest {
  /** Runs as its own user: Non-root has nothing to add on scratch. */
  private static final String GO_WITH_USER =
      "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\n"
          + "USER 1000\nCMD [\"/app\"]\n";

  @Test
  void scratchDisablesDebugAndANeedlessNonRootAndSaysWhy(FxRobot robot) {
    SplitView view = view(GO_WITH_USER);
    CheckBox nonroot = (CheckBox) fx(() -> view.lookup("#split-nonroot"));
    CheckBox debug = (CheckBox) fx(() -> view.lookup("#split-debug"));
    assertFalse(fx(nonroot::isDisabled), "a distroless runtime has a nonroot tag");
    assertFalse(fx(debug::isDisabled), "and a debug one");

    robot.interact(() -> view.review().setRuntime("scratch"));
    assertTrue(fx(debug::isDisabled));
    assertTrue(fx(() -> debug.getTooltip().getText()).contains("scratch has none"));
    assertTrue(fx(nonroot::isDisabled));
    assertTrue(
        fx(() -> nonroot.getTooltip().getText()).contains("scratch has no nonroot tag"),
        fx(() -> nonroot.getTooltip().getText()));

    robot.interact(() -> view.review().setRuntime("gcr.io/distroless/static-debian12:nonroot"));
    assertFalse(fx(nonroot::isDisabled));
    assertFalse(fx(debug::isDisabled));
  }

  @Test
  void nonRootStaysOnForScratchWhenItAddsTheUser(FxRobot robot) {
    SplitView view = view(GO_WITH_USER.replace("USER 1000\n", ""));
    robot.interact(() -> view.review().setRuntime("scratch"));
    CheckBox nonroot = (CheckBox) fx(() -> view.lookup("#split-nonroot"));
    assertFalse(fx(nonroot::isDisabled), "it adds USER 65532:65532 to scratch");
    assertTrue(fx(() -> ((CheckBox) view.lookup("#split-debug")).isDisabled()));
  }

  @Test
  void theStagesAfterTheSplitAreDrawnAtTheCanvasSizeAndScrollInsteadOfShrinking(FxRobot robot) {
    SplitView view = view(SampleProject.original().text());
    robot.interact(
        () -> {
          new javafx.scene.Scene(view, 900, 560);
          view.applyCss();
          view.layout();
        });
    javafx.scene.image.ImageView diagram =
        (javafx.scene.image.ImageView) fx(() -> view.lookup("#split-diagram"));
    double width = fx(() -> diagram.getImage().getWidth());
    double viewport =
        fx(
            () -> {
              javafx.scene.Parent p = diagram.getParent();
              while (!(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
              }
              return ((javafx.scene.control.ScrollPane) p).getViewportBounds().getWidth();
            });
    assertTrue(width > viewport, width + " px of diagram in " + viewport + " px");
    assertTrue(
        fx(() -> diagram.getBoundsInParent().getWidth()) >= width - 0.5,
        "shown 1:1, its rows at the canvas's 12 px: " + fx(() -> diagram.getBoundsInParent()));
  }

  private static SplitView view(String text) {
    return fx(
        () ->
            new SplitView(
                new SplitReview(
                    text,
                    SplitReview.Mode.SLIM,
                    0,
                    null,
                    new SameThreadBackgroundWork(),
                    List.of()),
                List.of(),
                List.of()));
  }

  private static <T> T fx(Callable<T> c) {
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.waitForAsyncFx(30_000, c);
  }
}
