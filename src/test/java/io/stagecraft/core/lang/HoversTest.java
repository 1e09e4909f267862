package io.stagecraft.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HoversTest {
  private static final String TEXT =
      "# syntax=docker/dockerfile:1\n"
          + "ARG GO=1.22\n"
          + "FROM golang:${GO} AS build\n"
          + "ARG GO\n"
          + "RUN --mount=type=cache,target=/root/.cache echo $GO\n"
          + "FROM scratch\n"
          + "COPY --from=build /out/app /app\n";

  private static Hovers.Hover hover(String marked) {
    Caret c = Caret.of(marked);
    return Hovers.at(c.analysis(), c.offset());
  }

  private static Hovers.Hover hoverOn(String needle, int into) {
    int at = TEXT.indexOf(needle) + into;
    return Hovers.at(Analysis.of(TEXT), at);
  }

  @Test
  void instructionKeywordShowsTheReferenceWithALink() {
    Hovers.Hover h = hoverOn("RUN", 1);
    assertTrue(h.markdown().contains("Runs a command"));
    assertTrue(h.markdown().contains("https://docs.docker.com/reference/dockerfile/#run"));
    assertEquals(TEXT.indexOf("RUN"), h.range().start());
  }

  @Test
  void atBothEdgesOfTheKeyword() {
    assertTrue(hoverOn("COPY", 0).markdown().contains("Copies files"));
    assertTrue(hoverOn("COPY", 4).markdown().contains("Copies files"));
  }

  @Test
  void flagsAndMountKeys() {
    assertTrue(hoverOn("--mount", 3).markdown().contains("Mount a cache"));
    assertTrue(hoverOn("target=/root", 2).markdown().contains("Where the mount appears"));
  }

  @Test
  void variableShowsItsResolvedValueAndDeclaration() {
    Hovers.Hover inStage = hoverOn("$GO\n", 2);
    assertTrue(inStage.markdown().contains("= `1.22`"), inStage.markdown());
    assertTrue(inStage.markdown().contains("line 4"), inStage.markdown());
    Hovers.Hover inFrom = hoverOn("${GO}", 3);
    assertTrue(inFrom.markdown().contains("(global ARG)"));
    assertTrue(inFrom.markdown().contains("line 2"));
  }

  @Test
  void stageReferenceShowsTheStageAndItsBase() {
    Hovers.Hover h = hoverOn("--from=build", 9);
    assertTrue(h.markdown().contains("**Stage build**"), h.markdown());
    assertTrue(h.markdown().contains("golang:${GO}` = `golang:1.22`"), h.markdown());
    assertTrue(h.markdown().contains("Used by:"));
  }

  @Test
  void directiveAndUndeclaredVariable() {
    assertTrue(hoverOn("syntax", 1).markdown().contains("frontend image"));
    Hovers.Hover h = hover("FROM alpine\nRUN echo $NOPE|\n");
    assertTrue(h.markdown().contains("not declared"));
  }

  @Test
  void problemsAreShownWithTheirCode() {
    Hovers.Hover h = hover("FORM| alpine\n");
    assertTrue(h.markdown().contains("FORM"), h.markdown());
    assertTrue(h.markdown().contains("unknown-instruction"), h.markdown());
  }

  @Test
  void nothingOnPlainText() {
    assertNull(hover("FROM alpine\nRUN echo hel|lo\n"));
  }
}
