package io.stagecraft.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A new runtime stage is offered the runtime a split of the project would pick first. */
class BaseImageSuggestionsTest {

  @Test
  void aPythonProjectIsOfferedThePythonDistrolessRuntimeFirst() {
    List<String> offered = BaseImageSuggestions.runtimesFor(SampleProject.original().text());
    assertEquals("gcr.io/distroless/python3-debian12:nonroot", offered.get(0));
    assertEquals(List.copyOf(new java.util.LinkedHashSet<>(offered)), offered, "no repeats");
  }

  @Test
  void aGoProjectIsOfferedTheStaticOneAndAnEmptyFileTheGeneralList() {
    assertEquals(
        "gcr.io/distroless/static-debian12:nonroot",
        BaseImageSuggestions.runtimesFor(
                "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\n"
                    + "CMD [\"/app\"]\n")
            .get(0));
    assertEquals(BaseImageSuggestions.RUNTIME, BaseImageSuggestions.runtimesFor(""));
  }
}
