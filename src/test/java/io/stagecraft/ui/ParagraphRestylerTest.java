package io.stagecraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.model.StageGraph;
import io.stagecraft.ui.code.ParagraphRestyler;
import io.stagecraft.ui.highlight.ParagraphStyles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Restyling only the lines that changed leaves a code area styled exactly as restyling all of it
 * would.
 */
@ExtendWith(ApplicationExtension.class)
class ParagraphRestylerTest {
  private static final String TEXT =
      """
      # syntax=docker/dockerfile:1
      ARG BASE=debian
      FROM ${BASE} AS build
      RUN --mount=type=cache,target=/c echo "hi $HOME"
      COPY . /src
      FROM scratch
      COPY --from=build /a /b
      CMD ["run"]
      """;

  private CodeArea area;
  private ParagraphRestyler restyler;

  @Start
  void start(javafx.stage.Stage stage) {
    area = new CodeArea();
    restyler = new ParagraphRestyler(area);
    stage.setScene(new Scene(new StackPane(area), 400, 300));
    stage.show();
    area.multiPlainChanges().subscribe(changes -> changes.forEach(restyler::textChanged));
  }

  @Test
  void typingInsideALineRestylesThatLineOnly() {
    load(TEXT);
    edit("COPY . /src", "COPY . /srcs");
    assertEquals(1, (int) fx(restyler::lastRestyledLines));
    assertStyledAsIfFromScratch();
  }

  @Test
  void aTypedCharacterThatTookTheRightStyleLeavesItsLineAsItIs() {
    load(TEXT);
    // A character typed into a plain word of a command takes the area's plain style, the right one.
    int line = 3;
    Object typed =
        fx(
            () -> {
              area.insertText(area.getText().indexOf("echo") + 2, "x");
              return area.getParagraph(line);
            });
    fx(
        () -> {
          restyle();
          return null;
        });
    assertEquals(0, (int) fx(restyler::lastRestyledLines));
    assertSame(typed, fx(() -> area.getParagraph(line)), "the line was not made again");
    assertStyledAsIfFromScratch();
  }

  @Test
  void aRenameRestylesTheNameAndItsFarReference() {
    load(TEXT);
    edit("AS build", "AS compile");
    edit("--from=build", "--from=compile");
    assertStyledAsIfFromScratch();
    edit("AS compile", "AS compil");
    assertStyledAsIfFromScratch();
  }

  @Test
  void anOpenedHeredocRestylesTheLinesItSwallows() {
    load(TEXT);
    edit("COPY . /src", "COPY <<EOF /src");
    assertTrue(fx(restyler::lastRestyledLines) > 1);
    assertStyledAsIfFromScratch();
    edit("COPY <<EOF /src", "COPY . /src");
    assertStyledAsIfFromScratch();
  }

  @Test
  void linesAddedAndRemovedKeepTheRestInPlace() {
    load(TEXT);
    edit("COPY . /src\n", "COPY . /src\nRUN \"quoted\"\nENV A=1\n");
    assertStyledAsIfFromScratch();
    edit("ARG BASE=debian\n", "");
    assertStyledAsIfFromScratch();
  }

  @Test
  void aLineTypedAndRetypedBetweenTwoStylingsIsRestyled() {
    load(TEXT);
    fx(
        () -> {
          int at = area.getText().indexOf("FROM scratch");
          area.deleteText(at, at + 1);
          area.insertText(at, "F");
          restyle();
          return null;
        });
    assertEquals(1, (int) fx(restyler::lastRestyledLines));
    assertStyledAsIfFromScratch();
  }

  private void load(String text) {
    fx(
        () -> {
          area.replaceText(text);
          restyler.reset();
          restyle();
          return null;
        });
  }

  private void edit(String from, String to) {
    fx(
        () -> {
          int at = area.getText().indexOf(from);
          area.replaceText(at, at + from.length(), to);
          restyle();
          return null;
        });
  }

  private void restyle() {
    ParagraphStyles fresh = ParagraphStyles.of(StageGraph.parse(area.getText()));
    ParagraphStyles base = restyler.applied();
    restyler.restyle(fresh, ParagraphStyles.changed(base, fresh), base);
  }

  private void assertStyledAsIfFromScratch() {
    List<List<String>> incremental = fx(() -> styles(area));
    List<List<String>> scratch =
        fx(
            () -> {
              CodeArea fresh = new CodeArea(area.getText());
              ParagraphStyles all = ParagraphStyles.of(StageGraph.parse(area.getText()));
              new ParagraphRestyler(fresh).restyle(all, ParagraphStyles.changed(null, all), null);
              return styles(fresh);
            });
    assertEquals(scratch, incremental);
  }

  /** Every character's style classes, line by line. */
  private static List<List<String>> styles(CodeArea area) {
    List<List<String>> out = new ArrayList<>();
    for (int p = 0; p < area.getParagraphs().size(); p++) {
      List<String> line = new ArrayList<>();
      for (StyleSpan<Collection<String>> span : area.getStyleSpans(p)) {
        for (int i = 0; i < span.getLength(); i++) {
          line.add(String.join(" ", new java.util.TreeSet<>(span.getStyle())));
        }
      }
      out.add(line);
    }
    return out;
  }

  private static <T> T fx(Callable<T> call) {
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.waitForAsyncFx(5000, call);
  }
}
