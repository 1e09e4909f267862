package io.stagecraft.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stagecraft.core.model.StageGraph;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgDiagramWriterTest {

  @Test
  void writesWellFormedSvgWithOneGroupPerNodeAndOnePathPerEdge() throws Exception {
    StageGraph graph =
        StageGraph.parse(
            """
        FROM golang:1.22 AS build
        RUN echo "<&>"
        FROM scratch
        COPY --from=build /out/app /app
        """);
    DiagramLayout layout = DiagramArranger.layout(DiagramBuilder.build(graph, Set.of()), Map.of());
    String svg = SvgDiagramWriter.write(layout);
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    Element root = xml.getDocumentElement();
    assertEquals("svg", root.getTagName());
    NodeList paths = root.getElementsByTagName("path");
    int edges = 0;
    int copies = 0;
    for (int i = 0; i < paths.getLength(); i++) {
      String cls = ((Element) paths.item(i)).getAttribute("class");
      if (cls.startsWith("edge")) {
        edges++;
        copies += cls.equals("edge copy") ? 1 : 0;
      }
    }
    assertEquals(layout.edges().size(), edges);
    assertEquals(1, copies);
    assertTrue(svg.contains("echo &quot;&lt;&amp;&gt;&quot;"));
    assertTrue(svg.contains(">build</text>"));
    assertTrue(svg.contains("class=\"role-final\""));
    assertTrue(svg.contains(".edge.copy{stroke-dasharray:8 5}"));
    assertTrue(svg.contains(".edge.mount{stroke-dasharray:2 4}"));
  }
}
