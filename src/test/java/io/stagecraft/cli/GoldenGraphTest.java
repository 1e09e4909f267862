package io.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.testing.Corpus;
import java.io.InputStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The graph of selected corpus files against golden JSON that was checked by hand against each
 * Dockerfile: stages, resolved bases, every FROM / COPY --from / RUN --mount edge with its line.
 */
class GoldenGraphTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<String> goldenFiles() {
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
  @MethodSource("goldenFiles")
  void graphMatchesGolden(String name) throws Exception {
    JsonNode expected;
    try (InputStream in = GoldenGraphTest.class.getResourceAsStream("/golden/" + name + ".json")) {
      expected = MAPPER.readTree(in);
    }
    StageGraph graph = StageGraph.parse(Corpus.read(Corpus.file(name)));
    JsonNode actual = GraphJson.of(name, graph);
    assertEquals(
        MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(expected),
        MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(actual));
  }
}
