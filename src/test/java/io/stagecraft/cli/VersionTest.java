package io.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The version the command line reports is the pom's, read from the pom itself here. */
class VersionTest {

  private static String pomVersion() throws Exception {
    Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse("pom.xml");
    String version = XPathFactory.newInstance().newXPath().evaluate("/project/version", pom);
    assertFalse(version.isBlank(), "pom.xml has no /project/version");
    return version.strip();
  }

  @Test
  void versionOptionPrintsThePomsVersion() throws Exception {
    CliRun run = CliRun.of("--version");
    assertEquals(0, run.exit(), run.err());
    assertEquals("stagecraft " + pomVersion(), run.out().strip());
  }

  @Test
  void sarifReportNamesThePomsVersion(@TempDir Path dir) throws Exception {
    Path dockerfile = Files.writeString(dir.resolve("Dockerfile"), "FROM busybox:1.36\n");
    CliRun run = CliRun.of("lint", "--format", "sarif", dockerfile.toString());
    String driverVersion =
        new ObjectMapper().readTree(run.out()).at("/runs/0/tool/driver/version").asText();
    assertEquals(pomVersion(), driverVersion, run.err());
  }
}
