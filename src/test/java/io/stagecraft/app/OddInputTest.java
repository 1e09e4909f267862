package io.stagecraft.app;

import static io.stagecraft.app.AppFixture.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.io.EditableFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Files that are not Dockerfiles: refused with a clear message while the open document stays as it
 * was, or opened with a banner; and files another program changes or removes while they are open.
 */
@ExtendWith(ApplicationExtension.class)
class OddInputTest {
  private static final String SAMPLE = SampleProject.design();
  private AppFixture app;
  @TempDir Path tmp;

  @Start
  void start(javafx.stage.Stage stage) {
    app = new AppFixture(stage);
  }

  @AfterEach
  void tearDown() {
    app.dispose();
  }

  @Test
  void binaryFilesAreRefusedAndTheOpenDocumentStays() throws Exception {
    byte[] png = {
      (byte) 0x89,
      'P',
      'N',
      'G',
      '\r',
      '\n',
      0x1A,
      '\n',
      0,
      0,
      0,
      13,
      'I',
      'H',
      'D',
      'R',
      0,
      0,
      1,
      0
    };
    Path image = Files.write(tmp.resolve("logo.png"), png);
    assertFalse(fx(() -> app.window.files().load(image)));
    assertEquals(1, app.prompts.errors.size());
    assertTrue(
        app.prompts.errors.get(0).startsWith("Cannot open logo.png: logo.png is not a text file"),
        app.prompts.errors.get(0));
    assertSampleStillOpen();
  }

  @Test
  void foldersAndFilesOverTheLimitAreRefused() throws Exception {
    Path folder = Files.createDirectory(tmp.resolve("context"));
    Path huge = tmp.resolve("huge.Dockerfile");
    Files.write(huge, new byte[(int) EditableFile.MAX_BYTES + 1]);
    assertFalse(fx(() -> app.window.files().load(folder)));
    assertFalse(fx(() -> app.window.files().load(huge)));
    assertFalse(fx(() -> app.window.files().load(tmp.resolve("missing"))));
    assertEquals(3, app.prompts.errors.size(), app.prompts.errors.toString());
    assertTrue(app.prompts.errors.get(0).contains("context is a folder"));
    assertTrue(app.prompts.errors.get(1).contains("huge.Dockerfile is 5.0 MB"));
    assertTrue(app.prompts.errors.get(2).contains("does not exist"));
    assertSampleStillOpen();
  }

  @Test
  void aTextThatIsPlainlyNoDockerfileOpensWithABanner() throws Exception {
    Path readme =
        Files.writeString(
            tmp.resolve("README.md"),
            "# Project\n\nBuild it with make.\nFROM the start, read the guide.\nThen run it.\n");
    assertTrue(fx(() -> app.window.files().load(readme)));
    String notice = fx(() -> app.window.files().noticeProperty().get());
    assertTrue(notice.startsWith("README.md does not look like a Dockerfile"), notice);
    assertTrue(fx(() -> app.window.stage().getScene().lookup(".file-notice").isVisible()));

    app.open(tmp, "FROM alpine\nRUN mke\n");
    assertEquals("", fx(() -> app.window.files().noticeProperty().get()));
    assertFalse(fx(() -> app.window.stage().getScene().lookup(".file-notice").isVisible()));
  }

  @Test
  void aFileChangedOnDiskIsReloadedWhenTheUserSaysSo() throws Exception {
    Path file = app.open(tmp, "FROM alpine\n");
    fx(() -> app.window.files().checkDisk());
    assertTrue(app.prompts.asked.isEmpty(), "nothing changed yet: " + app.prompts.asked);

    Files.writeString(file, "FROM alpine:3.20\nUSER 1000\n");
    touchLater(file);
    app.prompts.reloadAnswers.add(false);
    fx(() -> app.window.files().checkDisk());
    assertEquals(List.of("reload Dockerfile"), app.prompts.asked);
    assertEquals("FROM alpine\n", app.text());

    Files.writeString(file, "FROM alpine:3.21\n");
    touchLater(file);
    app.prompts.reloadAnswers.add(true);
    fx(() -> app.window.files().checkDisk());
    assertEquals("FROM alpine:3.21\n", app.text());
    assertFalse(fx(() -> app.window.model().document().isModified()));
  }

  @Test
  void aFileRemovedWhileOpenKeepsItsTextAndSaveWritesItBack() throws Exception {
    Path file = app.open(tmp, "FROM alpine\n");
    Files.delete(file);
    fx(() -> app.window.files().checkDisk());
    assertEquals(1, app.prompts.errors.size());
    assertTrue(app.prompts.errors.get(0).startsWith("Dockerfile is gone"));
    assertEquals("FROM alpine\n", app.text());
    fx(() -> app.window.files().checkDisk());
    assertEquals(1, app.prompts.errors.size(), "said once");
    assertTrue(fx(() -> app.window.files().save()));
    assertEquals("FROM alpine\n", Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Moves the modification time on, as a later write does on a coarse clock. */
  private static void touchLater(Path file) throws Exception {
    Files.setLastModifiedTime(
        file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
  }

  private void assertSampleStillOpen() {
    assertEquals(SAMPLE, app.text());
    assertEquals(SampleProject.NAME, fx(() -> app.window.files().openFile().name()));
    assertFalse(fx(() -> app.window.model().document().isModified()));
  }
}
