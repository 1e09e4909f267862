package io.stagecraft.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionsTest {
  private static final String TWO_STAGES =
      "ARG GO=1.22\nFROM golang:${GO} AS build\nENV CGO_ENABLED=0\nRUN go build\n"
          + "FROM alpine AS tools\n";

  private static List<CompletionItem> complete(String marked, List<String> images) {
    Caret c = Caret.of(marked);
    return Completions.at(c.analysis(), c.offset(), images);
  }

  private static List<CompletionItem> complete(String marked) {
    return complete(marked, List.of());
  }

  private static List<String> labels(List<CompletionItem> items) {
    return items.stream().map(CompletionItem::label).toList();
  }

  @Test
  void keywordsAtTheStartOfALineFilteredByWhatIsTyped() {
    List<CompletionItem> items = complete("FROM alpine\nCO|");
    assertEquals(List.of("COPY"), labels(items));
    CompletionItem copy = items.get(0);
    assertEquals("COPY ", copy.insertText());
    assertEquals(12, copy.replaceStart());
    assertEquals(14, copy.replaceEnd());
    assertTrue(copy.documentation().contains("docs.docker.com/reference/dockerfile/#copy"));
  }

  @Test
  void keywordsKeepTheCaseBeingTyped() {
    assertEquals(List.of("run"), labels(complete("FROM alpine\nru|")));
  }

  @Test
  void everyKeywordOnAnEmptyLineButNotOnAContinuationLine() {
    assertEquals(18, complete("FROM alpine\n|").size());
    assertTrue(complete("FROM alpine\nRUN echo \\\n  |").isEmpty());
  }

  @Test
  void onbuildTriggerTakesKeywordsButNotFromOrOnbuild() {
    List<String> labels = labels(complete("FROM alpine\nONBUILD |"));
    assertTrue(labels.contains("RUN"));
    assertFalse(labels.contains("FROM"));
    assertFalse(labels.contains("ONBUILD"));
  }

  @Test
  void flagsOfTheInstructionOnly() {
    List<String> copy = labels(complete("FROM alpine\nCOPY --|"));
    assertTrue(copy.containsAll(List.of("--from", "--chown", "--chmod", "--link", "--parents")));
    assertFalse(copy.contains("--mount"));
    assertEquals(List.of("--mount"), labels(complete("FROM alpine\nRUN --mo|")));
    CompletionItem link = complete("FROM alpine\nCOPY --li|").get(0);
    assertEquals("--link", link.insertText());
    CompletionItem from = complete("FROM alpine\nCOPY --fr|").get(0);
    assertEquals("--from=", from.insertText());
  }

  @Test
  void stagesAfterFromAreEarlierStagesOnly() {
    String text = TWO_STAGES + "COPY --from=|\nFROM scratch AS later\n";
    List<CompletionItem> items = complete(text);
    assertEquals(List.of("build"), labels(items));
    assertTrue(items.get(0).detail().contains("golang:${GO}"));
    assertEquals(List.of("tools"), labels(complete(TWO_STAGES + "FROM scratch\nCOPY --from=t|")));
  }

  @Test
  void mountKeysTypesAndStages() {
    String base = TWO_STAGES + "RUN --mount=";
    assertTrue(labels(complete(base + "|")).containsAll(List.of("type", "target", "from", "id")));
    assertEquals(List.of("cache"), labels(complete(base + "type=ca|")));
    assertEquals(List.of("build"), labels(complete(base + "type=bind,target=/src,from=b|")));
    CompletionItem target = complete(base + "type=cache,ta|").get(0);
    assertEquals("target=", target.insertText());
  }

  @Test
  void variablesInScopeWithTheirValues() {
    String text = TWO_STAGES.replace("RUN go build", "RUN echo ${|");
    List<CompletionItem> items = complete(text);
    assertEquals(List.of("CGO_ENABLED"), labels(items));
    assertEquals("CGO_ENABLED}", items.get(0).insertText());
    assertTrue(items.get(0).detail().contains("= 0"));
  }

  @Test
  void globalArgsAndPlatformArgsInFrom() {
    List<String> labels = labels(complete("ARG GO=1.22\nFROM golang:$|"));
    assertTrue(labels.contains("GO"));
    assertTrue(labels.contains("TARGETOS"));
    assertTrue(labels.contains("BUILDPLATFORM"));
  }

  @Test
  void aBareArgInAStageTakesTheGlobalDefault() {
    List<CompletionItem> items = complete("ARG V=3\nFROM alpine\nARG V\nRUN echo $|");
    assertEquals(List.of("V"), labels(items));
    assertTrue(items.get(0).detail().contains("= 3"));
  }

  @Test
  void envIsInheritedByStagesBuiltOnTheStage() {
    String text = "FROM alpine AS base\nENV HOME_DIR=/app\nFROM base\nRUN cd $HO|";
    assertEquals(List.of("HOME_DIR"), labels(complete(text)));
    assertTrue(
        complete("FROM alpine AS base\nENV HOME_DIR=/app\nFROM alpine\nRUN cd $HO|").isEmpty());
  }

  @Test
  void localImagesAndStagesInFrom() {
    List<String> images = List.of("stagecraft/debian:bookworm", "alpine:3.20", "<none>:<none>");
    String text = "FROM alpine AS build\nFROM |";
    List<String> labels = labels(complete(text, images));
    assertEquals(List.of("build", "stagecraft/debian:bookworm", "alpine:3.20"), labels);
    assertEquals(List.of("alpine:3.20"), labels(complete("FROM al|", images)));
    assertEquals(List.of("AS"), labels(complete("FROM alpine A|", images)));
  }

  @Test
  void directivesOnlyAtTheTop() {
    assertEquals(List.of("syntax"), labels(complete("# sy|\nFROM alpine\n")));
    assertEquals(List.of("escape"), labels(complete("#es|\nFROM alpine\n")));
    assertTrue(complete("FROM alpine\n# sy|\n").isEmpty());
  }

  @Test
  void neverThrowsAnywhere() {
    String text =
        "# syntax=docker/dockerfile:1\nARG A\nFROM --platform=$BUILDPLATFORM a AS b\n"
            + "RUN --mount=type=cache,target=/x <<EOF\necho $A\nEOF\nCOPY --from=b / /\n"
            + "ONBUILD RUN x\nHEALTHCHECK CMD true\n";
    Analysis analysis = Analysis.of(text);
    for (int i = 0; i <= text.length(); i++) {
      Completions.at(analysis, i, List.of("x:1"));
      Hovers.at(analysis, i);
      Navigation.definition(analysis, i);
      Navigation.references(analysis, i);
      Renames.prepare(analysis, i);
      CodeActions.at(analysis, i);
    }
  }
}
