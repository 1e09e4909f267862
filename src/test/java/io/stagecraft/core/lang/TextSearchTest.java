package io.stagecraft.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.lang.TextSearch.Match;
import io.stagecraft.core.lang.TextSearch.Query;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextSearchTest {
  private static final String TEXT =
      "FROM golang:1.22 AS build\n"
          + "RUN go build -o /out/app ./cmd/app\n"
          + "FROM gcr.io/distroless/static AS app\n"
          + "COPY --from=build /out/app /app\n";

  @Test
  void plainSearchIgnoresCaseUnlessAsked() {
    assertEquals(2, TextSearch.find(TEXT, Query.plain("from ")).matches().size());
    assertEquals(0, TextSearch.find(TEXT, new Query("from ", true, false, false)).matches().size());
    assertEquals(2, TextSearch.find(TEXT, new Query("FROM ", true, false, false)).matches().size());
  }

  @Test
  void plainSearchTakesRegexCharactersLiterally() {
    List<Match> m = TextSearch.find(TEXT, Query.plain("gcr.io")).matches();
    assertEquals(1, m.size());
    assertEquals("gcr.io", TEXT.substring(m.get(0).start(), m.get(0).end()));
    assertTrue(TextSearch.find(TEXT, Query.plain("gcr.i.")).matches().isEmpty());
  }

  @Test
  void wholeWordsTreatDashesAndUnderscoresAsPartOfANameAsDockerfilesDo() {
    String text = "FROM app AS my-app\nCOPY --from=app /app_dir /app\n";
    List<Match> m = TextSearch.find(text, new Query("app", true, false, true)).matches();
    // "app" alone (FROM app, --from=app) and the path components "/app"; not my-app or app_dir.
    assertEquals(List.of(5, 31, 45), m.stream().map(Match::start).toList());
  }

  @Test
  void regexSearchWithAnInvalidPatternSaysWhereItIsWrong() {
    TextSearch.Result r = TextSearch.find(TEXT, new Query("(build", false, true, false));
    assertTrue(r.matches().isEmpty());
    assertNotNull(r.error());
    assertTrue(r.error().contains("at character"), r.error());
    assertNull(TextSearch.find(TEXT, new Query("b(u)ild", false, true, false)).error());
  }

  @Test
  void anchorsWorkPerLine() {
    List<Match> m = TextSearch.find(TEXT, new Query("^FROM", true, true, false)).matches();
    assertEquals(List.of(0, TEXT.indexOf("FROM gcr")), m.stream().map(Match::start).toList());
  }

  @Test
  void emptyMatchesAreSkippedAndAnEmptyPatternFindsNothing() {
    assertTrue(TextSearch.find(TEXT, new Query("x*", false, true, false)).matches().isEmpty());
    assertTrue(TextSearch.find(TEXT, Query.plain("")).matches().isEmpty());
  }

  @Test
  void nextAndPreviousWrapAround() {
    TextSearch.Result r = TextSearch.find(TEXT, Query.plain("app"));
    assertEquals(5, r.matches().size());
    assertEquals(0, r.nextFrom(0));
    assertEquals(0, r.nextFrom(TEXT.length()));
    assertEquals(4, r.previousFrom(0));
    int second = r.matches().get(1).start();
    assertEquals(1, r.nextFrom(second));
    assertEquals(0, r.previousFrom(second));
    assertEquals(1, r.indexOf(second, second + 3));
    assertEquals(-1, r.indexOf(second, second + 2));
  }

  @Test
  void replaceAllIsOneEditAndFillsInGroups() {
    Query q = new Query("/out/(\\w+)", true, true, false);
    var edit = TextSearch.replaceAll(TEXT, q, "/dist/$1");
    assertEquals(2, edit.edits().size());
    assertEquals("Replace All", edit.description());
    assertEquals(TEXT.replace("/out/app", "/dist/app"), edit.applyTo(TEXT));
  }

  @Test
  void replaceAllInPlainModeTakesDollarsLiterally() {
    var edit = TextSearch.replaceAll("a b a", Query.plain("a"), "$1");
    assertEquals("$1 b $1", edit.applyTo("a b a"));
  }

  @Test
  void oneReplacementFillsInItsOwnGroupsWithLookBehindsIntact() {
    String text = "ARG A=1\nARG B=2\n";
    Query q = new Query("(?<=ARG )(\\w)=(\\d)", true, true, false);
    TextSearch.Result r = TextSearch.find(text, q);
    assertEquals(2, r.matches().size());
    assertEquals("B:2", TextSearch.replacementFor(text, q, r.matches().get(1), "$1:$2"));
  }

  @Test
  void aRunawayPatternStopsAtTheLimit() {
    String text = "a".repeat(TextSearch.MAX_MATCHES + 5);
    TextSearch.Result r = TextSearch.find(text, Query.plain("a"));
    assertEquals(TextSearch.MAX_MATCHES, r.matches().size());
    assertTrue(r.truncated());
  }
}
