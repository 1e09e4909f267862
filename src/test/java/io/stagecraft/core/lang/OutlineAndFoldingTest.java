package io.stagecraft.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutlineAndFoldingTest {
  private static final String TEXT =
      "# build\n"
          + "# and run\n"
          + "ARG V=1\n"
          + "FROM alpine AS build\n"
          + "RUN apk add \\\n"
          + "      gcc\n"
          + "COPY <<EOF /x\n"
          + "hello\n"
          + "EOF\n"
          + "FROM scratch\n"
          + "COPY --from=build /x /x\n";

  @Test
  void stagesWithTheirInstructions() {
    List<Outline.Symbol> symbols = Outline.of(Analysis.of(TEXT));
    assertEquals(List.of("V", "build", "1"), symbols.stream().map(Outline.Symbol::name).toList());
    Outline.Symbol build = symbols.get(1);
    assertEquals("FROM alpine", build.detail());
    assertEquals(
        List.of("RUN", "COPY"), build.children().stream().map(Outline.Symbol::name).toList());
    assertEquals("apk add gcc", build.children().get(0).detail());
    assertEquals(build, Outline.stageAt(symbols, TEXT.indexOf("hello")));
  }

  @Test
  void foldsStagesContinuationsHeredocsAndComments() {
    List<Folding.Range> ranges = Folding.of(Analysis.of(TEXT));
    assertEquals(
        List.of(
            new Folding.Range(1, 2, Folding.Kind.COMMENT),
            new Folding.Range(4, 9, Folding.Kind.STAGE),
            new Folding.Range(5, 6, Folding.Kind.INSTRUCTION),
            new Folding.Range(7, 9, Folding.Kind.HEREDOC),
            new Folding.Range(10, 11, Folding.Kind.STAGE)),
        ranges);
  }
}
