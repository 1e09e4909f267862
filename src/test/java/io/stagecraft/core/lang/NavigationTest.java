package io.stagecraft.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.stagecraft.core.syntax.SourceRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class NavigationTest {
  private static final String TEXT =
      "ARG BASE=alpine\n"
          + "FROM ${BASE} AS deps\n"
          + "FROM deps AS build\n"
          + "RUN --mount=type=bind,from=deps,target=/d true\n"
          + "ENV OUT=/out\n"
          + "RUN make DEST=$OUT && cp x ${OUT}/y\n"
          + "FROM scratch\n"
          + "COPY --from=build /out /\n"
          + "COPY --from=deps /etc/x /x\n";

  private static final Analysis ANALYSIS = Analysis.of(TEXT);

  private static int at(String needle, int into) {
    return TEXT.indexOf(needle) + into;
  }

  private static List<String> texts(List<SourceRange> ranges) {
    return ranges.stream().map(r -> r.line() + ":" + r.of(TEXT)).toList();
  }

  @Test
  void definitionOfAStageFromEachKindOfReference() {
    SourceRange decl = Navigation.definition(ANALYSIS, at("--from=build", 8));
    assertEquals(3, decl.line());
    assertEquals("build", decl.of(TEXT));
    assertEquals(2, Navigation.definition(ANALYSIS, at("from=deps", 5)).line());
    assertEquals(2, Navigation.definition(ANALYSIS, at("from=deps", 9)).line());
    assertEquals(2, Navigation.definition(ANALYSIS, at("FROM deps", 5)).line());
    assertEquals(3, Navigation.definition(ANALYSIS, at("--from=build", 12)).line());
  }

  @Test
  void definitionOfAVariable() {
    assertEquals("OUT", Navigation.definition(ANALYSIS, at("$OUT", 1)).of(TEXT));
    assertEquals(5, Navigation.definition(ANALYSIS, at("${OUT}", 3)).line());
    assertEquals(1, Navigation.definition(ANALYSIS, at("${BASE}", 2)).line());
    assertNull(Navigation.definition(ANALYSIS, at("make", 1)));
  }

  @Test
  void referencesOfAStageIncludeItsDeclaration() {
    List<String> refs = texts(Navigation.references(ANALYSIS, at("AS deps", 4)));
    assertEquals(List.of("2:deps", "3:deps", "4:deps", "9:deps"), refs);
  }

  @Test
  void referencesOfAVariable() {
    List<String> refs = texts(Navigation.references(ANALYSIS, at("ENV OUT", 5)));
    assertEquals(List.of("5:OUT", "6:$OUT", "6:${OUT}"), refs);
  }
}
