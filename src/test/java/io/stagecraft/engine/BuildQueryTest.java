package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stagecraft.core.build.BuildLabels;
import io.stagecraft.core.build.BuildRequest;
import io.stagecraft.core.build.Builder;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildQueryTest {

  @Test
  void buildkitWithEverySetting() {
    BuildRequest r =
        BuildRequest.of(Path.of("ctx"), Path.of("ctx/Dockerfile"))
            .withTag("demo:1")
            .withTarget("runtime")
            .withBuildArgs(Map.of("B", "x y", "A", "1"))
            .withLabel(BuildLabels.VARIANT, "B")
            .withNoCache(true)
            .withNetwork("none");
    assertEquals(
        "/build?version=2&dockerfile=sub%2FDockerfile&t=demo%3A1&target=runtime"
            + "&buildargs=%7B%22A%22%3A%221%22%2C%22B%22%3A%22x%20y%22%7D"
            + "&labels=%7B%22io.stagecraft.built%22%3A%22true%22%2C%22io.stagecraft.variant%22%3A%22B%22%7D"
            + "&pull=0&nocache=1&networkmode=none&rm=1&forcerm=1",
        BuildQuery.of(r, "sub/Dockerfile"));
  }

  @Test
  void classicWithDefaults() {
    BuildRequest r =
        BuildRequest.of(Path.of("ctx"), Path.of("ctx/Dockerfile"))
            .withBuilder(Builder.CLASSIC)
            .withPull(true);
    assertEquals(
        "/build?dockerfile=Dockerfile&labels=%7B%22io.stagecraft.built%22%3A%22true%22%7D&pull=1&rm=1&forcerm=1",
        BuildQuery.of(r, "Dockerfile"));
  }
}
