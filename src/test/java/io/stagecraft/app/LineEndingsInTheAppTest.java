package io.stagecraft.app;

import static io.stagecraft.app.AppFixture.fx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Files as they come from other machines: Windows line endings, mixed endings, byte order marks and
 * other encodings open, take typing, gestures and undo, and save with their own conventions.
 */
@ExtendWith(ApplicationExtension.class)
class LineEndingsInTheAppTest {
  private static final String SAMPLE = SampleProject.design();
  private static final String SAMPLE_CRLF = SAMPLE.replace("\n", "\r\n");
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
  void crlfFileOpensTakesTypingAndSavesWithCrlf(FxRobot robot) throws Exception {
    Path file = write("Dockerfile", SAMPLE_CRLF.getBytes(StandardCharsets.UTF_8));
    assertTrue(fx(() -> app.window.files().load(file)));
    assertEquals(SAMPLE, app.text());
    assertEquals(SAMPLE, fx(() -> app.area().getText()));
    assertFalse(fx(() -> app.window.model().document().isModified()));
    assertNotNull(fx(() -> app.window.canvas().nodeView("runtime")));

    robot.clickOn(app.area());
    robot.interact(() -> app.area().moveTo(0));
    robot.write("# from Windows\n");
    assertEquals("# from Windows\n" + SAMPLE, app.text());
    assertEquals(app.text(), fx(() -> app.area().getText()));
    assertTrue(fx(() -> app.window.files().save()));
    assertEquals("# from Windows\r\n" + SAMPLE_CRLF, Files.readString(file));

    // Two steps: the typed line, then its line break.
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).type(KeyCode.Z).release(KeyCode.CONTROL);
    assertEquals(SAMPLE, app.text());
    assertTrue(fx(() -> app.window.files().save()));
    assertArrayEquals(SAMPLE_CRLF.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    assertTrue(app.prompts.errors.isEmpty(), app.prompts.errors.toString());
  }

  @Test
  void canvasRenameInACrlfFileWritesCrlf(FxRobot robot) throws Exception {
    Path file = write("Dockerfile", SAMPLE_CRLF.getBytes(StandardCharsets.UTF_8));
    assertTrue(fx(() -> app.window.files().load(file)));
    Node title = fx(() -> app.window.canvas().nodeView("build").lookup(".stage-title"));
    robot.doubleClickOn(title);
    robot.write("compile");
    robot.type(KeyCode.ENTER);
    String renamed =
        SAMPLE.replace("AS build", "AS compile").replace("--from=build", "--from=compile");
    assertEquals(renamed, app.text());
    assertEquals(renamed, fx(() -> app.area().getText()));
    assertTrue(fx(() -> app.window.files().save()));
    assertEquals(renamed.replace("\n", "\r\n"), Files.readString(file));
  }

  @Test
  void mixedEndingsSaveUnchangedLinesAsTheyWere(FxRobot robot) throws Exception {
    String mixed = "FROM alpine AS build\r\nRUN make\nFROM scratch\r\nCOPY --from=build /a /a\r\n";
    Path file = write("Dockerfile", mixed.getBytes(StandardCharsets.UTF_8));
    assertTrue(fx(() -> app.window.files().load(file)));
    assertEquals(mixed.replace("\r", ""), fx(() -> app.area().getText()));
    assertTrue(fx(() -> app.window.files().save()));
    assertEquals(mixed, Files.readString(file));
    robot.clickOn(app.area());
    robot.interact(() -> app.area().moveTo(app.area().getLength()));
    robot.write("USER 1000\n");
    assertTrue(fx(() -> app.window.files().save()));
    assertEquals(mixed + "USER 1000\r\n", Files.readString(file));
  }

  @Test
  void byteOrderMarksAndSingleByteTextOpenAndSaveByteForByte(FxRobot robot) throws Exception {
    byte[] utf8Bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(SAMPLE));
    byte[] utf16 =
        concat(
            new byte[] {(byte) 0xFF, (byte) 0xFE}, SAMPLE_CRLF.getBytes(StandardCharsets.UTF_16LE));
    byte[] latin1 = ("# Caf\u00e9\r\n" + SAMPLE_CRLF).getBytes(StandardCharsets.ISO_8859_1);
    for (byte[] bytes : new byte[][] {utf8Bom, utf16, latin1}) {
      Path file = write("Dockerfile", bytes);
      assertTrue(fx(() -> app.window.files().load(file)));
      assertTrue(app.text().endsWith(SAMPLE), app.text());
      assertEquals(app.text(), fx(() -> app.area().getText()));
      assertNotNull(fx(() -> app.window.canvas().nodeView("runtime")));
      assertTrue(fx(() -> app.window.files().save()));
      assertArrayEquals(bytes, Files.readAllBytes(file));
    }
    robot.clickOn(app.area());
    robot.interact(() -> app.area().moveTo(app.area().getLength()));
    robot.write("USER 1\n");
    assertTrue(fx(() -> app.window.files().save()));
    assertEquals(
        "# Caf\u00e9\r\n" + SAMPLE_CRLF + "USER 1\r\n",
        new String(Files.readAllBytes(tmp.resolve("Dockerfile")), StandardCharsets.ISO_8859_1));
  }

  private Path write(String name, byte[] bytes) throws Exception {
    return Files.write(tmp.resolve(name), bytes);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
