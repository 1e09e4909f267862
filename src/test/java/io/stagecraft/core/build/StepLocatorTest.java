package io.stagecraft.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StepLocatorTest {

  private static final String MULTI =
      "ARG BASE=debian\n" // 1
          + "FROM ${BASE} AS build\n" // 2
          + "WORKDIR /src\n" // 3
          + "RUN make \\\n" // 4
          + "  all\n" // 5
          + "\n" // 6
          + "FROM ${BASE}\n" // 7
          + "COPY --from=build /out /out\n"; // 8

  @Test
  void classicStepsNumberEveryInstructionOfTheFile() {
    StepLocator l = StepLocator.of(MULTI, null);
    assertEquals(1, l.classicStepLine(1));
    assertEquals(4, l.classicStepLine(4));
    assertEquals(8, l.classicStepLine(6));
    assertEquals(0, l.classicStepLine(7));
    assertEquals(0, l.classicStepLine(0));
  }

  @Test
  void buildkitStepsNumberTheInstructionsOfTheirStage() {
    StepLocator l = StepLocator.of(MULTI, null);
    assertEquals(4, l.buildkitStepLine("build", 3));
    assertEquals(8, l.buildkitStepLine("stage-1", 2));
    assertEquals(7, l.buildkitStepLine(null, 1));
    assertEquals(0, l.buildkitStepLine("nope", 1));
    assertEquals(0, l.buildkitStepLine("build", 4));
  }

  @Test
  void buildkitDoesNotNumberMetadataInstructions() {
    String sample =
        "FROM a AS runtime\n" // 1
            + "WORKDIR /app\n" // 2
            + "COPY x /app\n" // 3
            + "ENV P=/app\n" // 4
            + "USER 1000\n" // 5
            + "CMD [\"app.py\"]\n" // 6
            + "RUN false\n" // 7
            + "ADD y /y\n"; // 8
    StepLocator l = StepLocator.of(sample, null);
    assertEquals(3, l.buildkitStepLine("runtime", 3));
    assertEquals(
        7, l.buildkitStepLine("runtime", 4), "[runtime 4/5] is the RUN, after ENV, USER and CMD");
    assertEquals(8, l.buildkitStepLine(null, 5));
    assertEquals(0, l.buildkitStepLine(null, 6));
  }

  @Test
  void withoutAStageNameTheTargetIsMeant() {
    StepLocator l = StepLocator.of(MULTI, "build");
    assertEquals(3, l.buildkitStepLine(null, 2));
    assertEquals("build", l.targetStage().name());
  }
}
