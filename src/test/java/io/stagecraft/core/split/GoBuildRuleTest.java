package io.stagecraft.core.split;

import static io.stagecraft.core.split.RuleFixture.lines;
import static io.stagecraft.core.split.RuleFixture.paths;
import static io.stagecraft.core.split.RuleFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoBuildRuleTest {
  private final GoBuildRule rule = new GoBuildRule();

  @Test
  void outputFileIsResolvedAgainstWorkdirAndCd() {
    String text =
        lines(
            "FROM golang:1.22",
            "WORKDIR /src",
            "RUN go build -o bin/app ./cmd/app",
            "RUN cd cmd/tool && CGO_ENABLED=0 go build -o=../../tool .");
    List<Artifact> found = run(rule, text);
    assertEquals(List.of("/src/bin/app -> /src/bin/app", "/src/tool -> /src/tool"), paths(found));
    assertEquals(Artifact.Kind.PROGRAM, found.get(0).kind());
    assertEquals(3, found.get(0).line());
    assertEquals("go-build", found.get(0).rule());
    assertTrue(found.get(0).reason().contains("go build -o bin/app"), found.get(0).reason());
  }

  @Test
  void withoutDashOTheProgramIsNamedAfterItsDirectory() {
    assertEquals(
        List.of("/go/src/hello/hello -> /go/src/hello/hello"),
        paths(run(rule, lines("FROM golang", "WORKDIR /go/src/hello", "RUN go build"))));
  }

  @Test
  void goInstallWritesIntoGopathBinOrGobin() {
    assertEquals(
        List.of("/go/bin -> /go/bin"),
        paths(run(rule, lines("FROM golang", "ENV GOPATH=/go", "RUN go install ./..."))));
    assertEquals(
        List.of("/out -> /out"),
        paths(run(rule, lines("FROM golang", "RUN GOBIN=/out go install ./..."))));
  }

  @Test
  void variablesAndExecFormAndContinuationsAreRead() {
    String text =
        lines(
            "FROM golang",
            "ARG OUT=/dist",
            "RUN [\"go\", \"build\", \"-o\", \"/x/app\"]",
            "RUN go \\",
            "  build \\",
            "  -o ${OUT}/app2 .");
    assertEquals(List.of("/x/app -> /x/app", "/dist/app2 -> /dist/app2"), paths(run(rule, text)));
  }

  @Test
  void otherGoCommandsMakeNothing() {
    assertTrue(
        run(
                rule,
                lines(
                    "FROM golang",
                    "WORKDIR /src",
                    "RUN go mod download && go test ./... && go vet"))
            .isEmpty());
  }
}
