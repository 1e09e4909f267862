package io.stagecraft.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.build.BuildLabels;
import io.stagecraft.core.build.ComparedVariant;
import io.stagecraft.core.build.Sizes;
import io.stagecraft.core.document.Document;
import io.stagecraft.engine.DockerBuildEngine;
import io.stagecraft.engine.EngineConnection;
import io.stagecraft.engine.EngineTests;
import io.stagecraft.persistence.VariantSettings;
import io.stagecraft.ui.build.BuildPanel;
import io.stagecraft.ui.build.VariantRequests;
import io.stagecraft.ui.build.VariantRun;
import io.stagecraft.ui.concurrent.ExecutorBackgroundWork;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The build panel on the real engine: the sample's two variants, a failing step, and cancel. */
@ExtendWith(ApplicationExtension.class)
class BuildPanelIT {
  private static final String TAG_B = "stagecraft-it/calculator:b";
  private AppFixture app;
  private BuildPanel panel;
  private DockerEngineGateway gateway;
  private EngineConnection engine;
  @TempDir Path dir;

  @Start
  void start(javafx.stage.Stage stage) {
    app = new AppFixture(stage);
    gateway = new DockerEngineGateway();
    panel =
        BuildPanels.attach(
            app.window, gateway, ExecutorBackgroundWork.started(), Platform::runLater);
    // The panel starts folded to its header; these tests work in its body.
    panel.expandedProperty().set(true);
  }

  @BeforeEach
  void requireEngine() throws Exception {
    engine = EngineTests.requireEngine();
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () ->
            fx(
                () ->
                    panel.model().engineProperty().get() != null
                        && panel.model().engineProperty().get().isConnected()));
  }

  @AfterEach
  void tearDown() throws Exception {
    try {
      // Null when the test was skipped for want of an engine.
      if (engine != null) {
        new DockerBuildEngine(engine).removeBuilt(BuildLabels.PROJECT, VariantRequests.PROJECT);
      }
    } finally {
      if (engine != null) {
        engine.close();
      }
      if (gateway != null) {
        gateway.close();
      }
      if (app != null) {
        app.dispose();
      }
    }
  }

  @Test
  void theSampleBuildsFromThePanelAndTheDistrolessVariantIsSmaller(FxRobot robot) throws Exception {
    Label chip = robot.lookup("#engine-chip").queryAs(Label.class);
    assertEquals(engine.info().summary(), fx(chip::getText));

    // B gets a tag, which the list of built images shows.
    fx(
        () -> {
          panel.model().update("B", panel.model().settings("B").withTag(TAG_B));
          return null;
        });
    robot.clickOn("#build-both");
    VariantRun a = panel.model().variant("A");
    VariantRun b = panel.model().variant("B");
    WaitForAsyncUtils.waitFor(
        15,
        TimeUnit.MINUTES,
        () ->
            fx(
                () ->
                    !a.isRunning()
                        && !b.isRunning()
                        && a.phaseProperty().get() != VariantRun.Phase.IDLE));
    assertEquals(
        VariantRun.Phase.DONE,
        fx(() -> a.phaseProperty().get()),
        fx(() -> a.statusProperty().get()));
    assertEquals(
        VariantRun.Phase.DONE,
        fx(() -> b.phaseProperty().get()),
        fx(() -> b.statusProperty().get()));
    ComparedVariant ra = fx(() -> a.resultProperty().get());
    ComparedVariant rb = fx(() -> b.resultProperty().get());
    long inspectedA = engine.client().inspectImageCmd(ra.image().imageId()).exec().getSize();
    long inspectedB = engine.client().inspectImageCmd(rb.image().imageId()).exec().getSize();
    assertEquals(inspectedA, ra.image().sizeBytes());
    assertEquals(inspectedB, rb.image().sizeBytes());
    assertTrue(inspectedB < inspectedA, inspectedB + " vs " + inspectedA);
    assertTrue(fx(() -> a.log().size()) > 0, "the log shows the build's output");

    // The results tab shows exact sizes, the ratio and the attack surface.
    assertEquals("Results", fx(() -> panel.tabs().getSelectionModel().getSelectedItem().getText()));
    assertEquals(
        Sizes.exactAndHuman(inspectedA),
        fx(() -> robot.lookup("#size-A").queryAs(Label.class).getText()));
    assertEquals(
        Sizes.exactAndHuman(inspectedB),
        fx(() -> robot.lookup("#size-B").queryAs(Label.class).getText()));
    assertTrue(
        fx(() -> robot.lookup("#size-ratio").queryAs(Label.class).getText())
            .startsWith("A is " + Sizes.ratio(inspectedA, inspectedB) + "\u00D7 the size of B"));
    assertTrue(
        fx(() -> robot.lookup("#surface-shell-A").queryAs(Label.class).getText())
            .startsWith("yes"));
    assertEquals("no", fx(() -> robot.lookup("#surface-shell-B").queryAs(Label.class).getText()));
    assertEquals(
        "none",
        fx(() -> robot.lookup("#surface-package-managers-B").queryAs(Label.class).getText()));
    assertEquals(
        "65532:65532", fx(() -> robot.lookup("#surface-user-B").queryAs(Label.class).getText()));

    // A click anywhere on a layer's row of B, the design, selects the line that made it.
    ImageLayerRow copy = layerRow(rb, "COPY");
    javafx.scene.Node copyRow = robot.lookup("#layer-B-" + copy.index()).query();
    robot.interact(() -> scrollIntoView(copyRow));
    robot.clickOn(copyRow);
    assertEquals(
        copy.line() - 1,
        fx(() -> app.window.codePane().area().getCurrentParagraph()),
        "the caret is on the layer's line");
    assertEquals(
        fx(() -> app.window.codePane().area().getParagraph(copy.line() - 1).getText()),
        fx(() -> app.window.codePane().area().getSelectedText()));

    // Run both: the slim image still prints what the fat one does.
    robot.interact(() -> panel.tabs().getSelectionModel().select(2));
    robot.clickOn("#run-both");
    WaitForAsyncUtils.waitFor(
        3, TimeUnit.MINUTES, () -> !fx(() -> panel.model().runningProperty().get()));
    assertEquals(
        "Both ended the same way and printed the same",
        fx(() -> panel.model().runStatusProperty().get()));
    robot.interact(() -> app.window.stage().setWidth(1024));
    assertEquals(
        "Both ended the same way and printed the same",
        drawn(robot.lookup("#run-status").queryAs(Label.class)),
        "the verdict is drawn in full on a small screen");
    assertTrue(
        fx(() -> robot.lookup("#run-output-B").queryAs(TextArea.class).getText())
            .contains("2 + 3 * 4 = 14"));

    // Export: the Markdown names the chart, which is written beside it.
    Path md = dir.resolve("calc.md");
    app.prompts.files.add(md);
    robot.clickOn("#build-export");
    Path png = dir.resolve("calc.png");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(md) && Files.exists(png));
    String markdown = Files.readString(md);
    assertTrue(markdown.contains("![Image sizes](calc.png)"), markdown);
    assertTrue(
        markdown.contains(String.format(java.util.Locale.ROOT, "%,d B", inspectedB)), markdown);
    assertTrue(markdown.contains("Runs match: **yes**"), markdown);
    BufferedImage chart = ImageIO.read(png.toFile());
    assertTrue(
        chart.getWidth() >= 1440 && chart.getHeight() > 60,
        chart.getWidth() + "x" + chart.getHeight());

    // The images carry the app's label, so the panel can list them and remove them again: a
    // table of tags, sizes and dates, newest first.
    robot.clickOn("#build-list-images");
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () ->
            fx(
                () ->
                    panel.model().builtImages().stream()
                        .map(io.stagecraft.core.build.BuiltImage::id)
                        .toList()
                        .containsAll(List.of(ra.image().imageId(), rb.image().imageId()))));
    assertEquals(
        "Built images", fx(() -> panel.tabs().getSelectionModel().getSelectedItem().getText()));
    javafx.scene.control.TableView<?> table =
        robot.lookup("#built-images").queryAs(javafx.scene.control.TableView.class);
    List<io.stagecraft.core.build.BuiltImage> rows =
        fx(() -> List.copyOf(panel.model().builtImages()));
    assertEquals(rows.size(), fx(() -> table.getItems().size()));
    assertEquals(
        rows.stream().sorted(io.stagecraft.core.build.BuiltImage.NEWEST_FIRST).toList(), rows);
    io.stagecraft.core.build.BuiltImage builtB =
        rows.stream().filter(i -> i.id().equals(rb.image().imageId())).findFirst().orElseThrow();
    assertEquals(inspectedB, builtB.sizeBytes());
    assertEquals(List.of(TAG_B), builtB.tags());
    assertEquals(
        List.of(
            Sizes.shortId(builtB.id()), String.join(", ", builtB.tags()), Sizes.human(inspectedB)),
        fx(() -> cellTexts(table, rows.indexOf(builtB)).subList(0, 3)));
    // One row's Remove takes that image off the engine, and the list follows.
    robot.clickOn("#remove-image-" + Sizes.shortId(ra.image().imageId()));
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () ->
            fx(
                () ->
                    panel.model().builtImages().stream()
                        .noneMatch(i -> i.id().equals(ra.image().imageId()))));
    assertTrue(
        engine.client().listImagesCmd().exec().stream()
            .noneMatch(i -> i.getId().equals(ra.image().imageId())),
        "A's image is gone");
    robot.clickOn("#build-remove-images");
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> !fx(() -> panel.model().noticeProperty().get()).isEmpty());
    assertTrue(
        fx(() -> panel.model().noticeProperty().get())
            .matches("Removed [1-9][0-9]* images? built by Stagecraft"),
        fx(() -> panel.model().noticeProperty().get()));
    assertTrue(
        engine.client().listImagesCmd().exec().stream()
            .noneMatch(
                i ->
                    i.getId().equals(ra.image().imageId())
                        || i.getId().equals(rb.image().imageId())),
        "both images are gone");
  }

  private record ImageLayerRow(int index, int line) {}

  /** The first layer of {@code v} made by a {@code keyword} line of the design, and its row. */
  private static ImageLayerRow layerRow(ComparedVariant v, String keyword) {
    List<io.stagecraft.core.build.ImageLayer> layers = v.image().layers();
    for (int i = 0; i < layers.size(); i++) {
      io.stagecraft.core.build.ImageLayer l = layers.get(i);
      if (!l.fromBase() && l.line() > 0 && l.createdBy().contains(keyword)) {
        return new ImageLayerRow(i, l.line());
      }
    }
    throw new AssertionError("no " + keyword + " layer in " + layers);
  }

  /** Scrolls the scroll pane around {@code node} so that it is in view. */
  private static void scrollIntoView(javafx.scene.Node node) {
    javafx.scene.Parent p = node.getParent();
    while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
      p = p.getParent();
    }
    javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) p;
    javafx.scene.Node content = scroll.getContent();
    double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
    double room = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
    scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 10) / room)));
    scroll.layout();
  }

  /** The text a label's skin draws: its whole text, or a part of it ending in "…". */
  private static String drawn(Label label) {
    return fx(
        () -> {
          label.getScene().getRoot().applyCss();
          label.getScene().getRoot().layout();
          StringBuilder text = new StringBuilder();
          for (javafx.scene.Node n : label.lookupAll(".text")) {
            text.append(((javafx.scene.text.Text) n).getText());
          }
          return text.toString();
        });
  }

  /** The texts a table row shows, column by column, as its cells draw them. */
  private static List<String> cellTexts(javafx.scene.control.TableView<?> table, int row) {
    table.scrollTo(row);
    table.applyCss();
    table.layout();
    List<String> texts = new java.util.ArrayList<>();
    for (javafx.scene.Node n : table.lookupAll(".table-row-cell")) {
      javafx.scene.control.TableRow<?> r = (javafx.scene.control.TableRow<?>) n;
      if (r.getIndex() == row) {
        for (javafx.scene.Node c : r.lookupAll(".table-cell")) {
          texts.add(((javafx.scene.control.TableCell<?, ?>) c).getText());
        }
      }
    }
    return texts;
  }

  @Test
  void aFailingStepShowsItsMessageAndJumpsToItsLine(FxRobot robot) throws Exception {
    // The ENV gets no BuildKit step number, so the failing RUN is step 2 of the stage but line 3.
    String text =
        "FROM stagecraft/busybox:latest\nENV MODE=test\nRUN echo broken "
            + System.nanoTime()
            + " && false\nCMD [\"true\"]\n";
    buildTheDocumentTwice(robot, text);
    VariantRun b = panel.model().variant("B");
    WaitForAsyncUtils.waitFor(
        3, TimeUnit.MINUTES, () -> fx(() -> b.phaseProperty().get() == VariantRun.Phase.FAILED));
    assertEquals(3, fx(() -> b.errorProperty().get().line()));
    assertEquals("Failed at line 3", fx(() -> b.statusProperty().get()));
    assertTrue(
        fx(() -> b.log().get(b.log().size() - 1)).startsWith("ERROR: "),
        "the log ends with the engine's message in full");
    assertEquals(
        fx(() -> robot.lookup("#error-B").queryAs(Label.class).getText()),
        fx(() -> robot.lookup("#error-B").queryAs(Label.class).getTooltip().getText()));
    Hyperlink jump = robot.lookup("#jump-B").queryAs(Hyperlink.class);
    assertEquals("Go to line 3", fx(jump::getText));
    assertTrue(
        fx(() -> robot.lookup("#error-B").queryAs(Label.class).getText())
            .startsWith("Line 3 (RUN echo broken"));
    assertEquals(2, fx(() -> app.window.codePane().area().getCurrentParagraph()));
    assertEquals(
        text.lines().toList().get(2), fx(() -> app.window.codePane().area().getSelectedText()));
  }

  @Test
  void cancelStopsBothBuildsAndTheRunningLineIsMarked(FxRobot robot) throws Exception {
    String text =
        "FROM stagecraft/busybox:latest\nRUN echo " + System.nanoTime() + " && sleep 120\n";
    buildTheDocumentTwice(robot, text);
    VariantRun a = panel.model().variant("A");
    VariantRun b = panel.model().variant("B");
    WaitForAsyncUtils.waitFor(
        2, TimeUnit.MINUTES, () -> fx(() -> b.currentLineProperty().get() == 2));
    assertEquals(
        2,
        fx(() -> app.window.codePane().markedBuildLine()),
        "the running step is marked in the code pane");
    assertTrue(
        fx(() -> b.statusProperty().get()).contains("RUN echo"),
        fx(() -> b.statusProperty().get()));
    robot.clickOn("#build-cancel");
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> fx(() -> !a.isRunning() && !b.isRunning()));
    assertEquals(
        VariantRun.Phase.CANCELLED,
        fx(() -> b.phaseProperty().get()),
        fx(() -> b.statusProperty().get()));
    assertEquals(
        VariantRun.Phase.CANCELLED,
        fx(() -> a.phaseProperty().get()),
        fx(() -> a.statusProperty().get()));
    assertEquals(0, fx(() -> app.window.codePane().markedBuildLine()));
    assertTrue(
        fx(() -> robot.lookup("#build-cancel").query().isDisabled()), "nothing left to cancel");
  }

  /** Puts {@code text} in the editor and builds it as both variants, in a context of its own. */
  @Test
  void aPlainDockerfileBuildsAsSavedAgainstTheEditorAndAnUnsavedOneBuildsAlone(FxRobot robot)
      throws Exception {
    long mark = System.nanoTime();
    Path dockerfile = dir.resolve("Dockerfile");
    Files.writeString(
        dockerfile, "FROM stagecraft/busybox:latest\nRUN echo saved-" + mark + " > /which\n");
    robot.interact(() -> app.window.files().load(dockerfile));
    robot.interact(
        () ->
            app.window
                .model()
                .apply(
                    io.stagecraft.core.edit.DocumentEdit.of(
                        "edit",
                        new io.stagecraft.core.edit.TextEdit(
                            app.window.model().document().text().indexOf("saved-"), 5, "edited"))));
    robot.clickOn("#build-both");
    VariantRun a = panel.model().variant("A");
    VariantRun b = panel.model().variant("B");
    WaitForAsyncUtils.waitFor(
        5,
        TimeUnit.MINUTES,
        () ->
            fx(
                () ->
                    a.phaseProperty().get() == VariantRun.Phase.DONE
                        && b.phaseProperty().get() == VariantRun.Phase.DONE));
    assertEquals("RUN echo saved-" + mark + " > /which", fx(() -> a.lineText(2)));
    assertEquals("RUN echo edited-" + mark + " > /which", fx(() -> b.lineText(2)));

    // A new, never saved design: one Build, of B, in an empty context.
    app.prompts.unsavedChoices.add(io.stagecraft.ui.dialog.Prompts.UnsavedChoice.DISCARD);
    robot.interact(() -> app.window.files().newDocument());
    robot.interact(
        () ->
            app.window
                .model()
                .apply(
                    io.stagecraft.core.edit.DocumentEdit.of(
                        "type",
                        new io.stagecraft.core.edit.TextEdit(
                            0, 0, "FROM stagecraft/busybox:latest\nRUN echo new-" + mark + "\n"))));
    assertEquals("Build", fx(() -> robot.lookup("#build-both").queryAs(Button.class).getText()));
    robot.clickOn("#build-both");
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.MINUTES, () -> fx(() -> b.phaseProperty().get() == VariantRun.Phase.DONE));
    assertEquals(VariantRun.Phase.IDLE, fx(() -> a.phaseProperty().get()));
    assertTrue(fx(() -> a.statusProperty().get()).startsWith("Nothing to compare with yet"));
  }

  private void buildTheDocumentTwice(FxRobot robot, String text) {
    robot.interact(
        () -> {
          app.window.model().load(new Document(text), Map.of(), Set.of());
          VariantSettings design =
              new VariantSettings(
                  VariantSettings.Source.DOCUMENT, null, null, null, dir.toString(), null, null);
          panel.model().update("A", design);
          panel.model().update("B", design);
        });
    robot.clickOn("#build-both");
  }

  private static <T> T fx(Callable<T> c) {
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.waitForAsyncFx(5000, c);
  }
}
