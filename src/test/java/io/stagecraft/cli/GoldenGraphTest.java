package io.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.testing.Corpus;
import io.stagecraft.testing.Fixtures;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The graph of selected Dockerfiles against golden JSON that was checked by hand against each
 * Dockerfile: stages, resolved bases, every FROM / COPY --from / RUN --mount edge with its line.
 * The project's fixtures always run; the goldens of external corpus files run when a corpus is
 * named.
 */
class GoldenGraphTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<String> fixtureFiles() {
    return Stream.of(
        "all-instructions.Dockerfile",
        "continuations.Dockerfile",
        "diagnostics.Dockerfile",
        "heredocs.Dockerfile",
        "multistage.Dockerfile",
        "run-flags.Dockerfile",
        "variables.Dockerfile",
        "windows-crlf.Dockerfile");
  }

  static Stream<String> corpusFiles() {
    Assumptions.assumeTrue(Corpus.named(), Corpus.NOT_NAMED);
    return Stream.of(
        "GoogleContainerTools__distroless__examples_go_Dockerfile",
        "GoogleContainerTools__kaniko__integration_dockerfiles_Dockerfile_test_multistage",
        "docker__buildx__hack_dockerfiles_lint.Dockerfile",
        "hadolint__hadolint__docker_Dockerfile",
        "kubernetes-sigs__kind__images_kindnetd_Dockerfile",
        "chrisguest75__docker_examples__60_heredocs_Dockerfile",
        "wagoodman__dive__Dockerfile",
        "moby__buildkit__frontend_dockerfile_cmd_dockerfile-frontend_Dockerfile");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtureFiles")
  void fixtureGraphMatchesGolden(String name) throws Exception {
    assertMatchesGolden("/golden/fixtures/" + name + ".json", name, Fixtures.file(name));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusFiles")
  void corpusGraphMatchesGolden(String name) throws Exception {
    assertMatchesGolden("/golden/" + name + ".json", name, Corpus.file(name));
  }

  private static void assertMatchesGolden(String golden, String name, Path file) throws Exception {
    JsonNode expected;
    try (InputStream in = GoldenGraphTest.class.getResourceAsStream(golden)) {
      expected = MAPPER.readTree(in);
    }
    StageGraph graph = StageGraph.parse(Fixtures.read(file));
    JsonNode actual = GraphJson.of(name, graph);
    assertEquals(
        MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(expected),
        MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(actual));
  }
}
