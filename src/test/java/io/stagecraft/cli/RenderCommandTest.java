package io.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.model.StageGraph;
import io.stagecraft.layout.DiagramArranger;
import io.stagecraft.layout.DiagramBuilder;
import io.stagecraft.layout.SvgDiagramWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
  @TempDir Path dir;

  @Test
  void rendersTheSameSvgAsTheAppExports() throws Exception {
    String text = "FROM golang AS build\nRUN go build\nFROM scratch\nCOPY --from=build /app /app\n";
    Path dockerfile = dir.resolve("Dockerfile");
    Files.writeString(dockerfile, text);
    Path out = dir.resolve("out.svg");
    assertEquals(0, StagecraftCommand.run("render", dockerfile.toString(), "-o", out.toString()));
    String expected =
        SvgDiagramWriter.write(
            DiagramArranger.layout(
                DiagramBuilder.build(StageGraph.parse(text), Set.of()), Map.of()));
    assertEquals(expected, Files.readString(out));
    assertTrue(expected.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  }

  @Test
  void aMissingFileExitsTwo() {
    assertEquals(
        2,
        StagecraftCommand.run(
            "render", dir.resolve("nope").toString(), "-o", dir.resolve("o.svg").toString()));
  }
}
