package io.stagecraft.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.edit.EditException;
import org.junit.jupiter.api.Test;

class RenamesTest {
  private static final String TEXT =
      "ARG GO=1.22\n"
          + "FROM golang:${GO} AS build\n"
          + "ARG GO\n"
          + "RUN echo $GO\n"
          + "FROM build AS test\n"
          + "FROM scratch\n"
          + "COPY --from=build /a /a\n";

  private static String rename(String needle, int into, String to) throws EditException {
    Analysis a = Analysis.of(TEXT);
    return Renames.rename(a, TEXT.indexOf(needle) + into, to).edit().applyTo(TEXT);
  }

  @Test
  void aStageFromAReferenceRenamesItEverywhere() throws EditException {
    String out = rename("--from=build", 9, "compile");
    assertEquals(
        TEXT.replace("AS build", "AS compile")
            .replace("FROM build", "FROM compile")
            .replace("--from=build", "--from=compile"),
        out);
  }

  @Test
  void aGlobalArgFromAReferenceRenamesItsFamily() throws EditException {
    String out = rename("$GO", 2, "GO_VERSION");
    assertEquals(TEXT.replace("GO", "GO_VERSION").replace("golang", "golang"), out);
  }

  @Test
  void prepareNamesTheRangeAndRefusesWhatCannotBeRenamed() {
    Analysis a = Analysis.of(TEXT);
    Renames.Prepared p = Renames.prepare(a, TEXT.indexOf("${GO}") + 3);
    assertEquals("GO", p.range().of(TEXT));
    assertNull(Renames.prepare(a, TEXT.indexOf("echo")));
    assertNull(Renames.prepare(a, TEXT.indexOf("golang")));
  }

  @Test
  void invalidNamesAreRefused() {
    Analysis a = Analysis.of(TEXT);
    assertThrows(EditException.class, () -> Renames.rename(a, TEXT.indexOf("$GO") + 1, "1X"));
    assertThrows(
        EditException.class, () -> Renames.rename(a, TEXT.indexOf("AS build") + 4, "test"));
  }

  @Test
  void aStageNamedThroughArgsIsAWarning() throws EditException {
    String text = "ARG OS=linux\nFROM alpine AS bin-linux\nFROM bin-${OS}\n";
    Analysis a = Analysis.of(text);
    Renames.Result r = Renames.rename(a, text.indexOf("bin-linux") + 1, "binaries");
    assertTrue(r.warnings().get(0).contains("Line 3"), r.warnings().toString());
  }
}
