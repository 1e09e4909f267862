package io.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stagecraft lint --format sarif} checked against the official SARIF 2.1.0 schema. */
class SarifSchemaTest {
  /** BuildKit's checks, hadolint's DL rules and Stagecraft's own rules each find something. */
  static final String EVERY_SOURCE =
      """
      FROM alpine:latest AS Build
      RUN apt-get update && apt-get install -y curl
      WORKDIR app
      FROM alpine:3.19
      COPY --from=Build /app /app
      CMD ["/app/run"]
      """;

  @TempDir Path dir;

  private JsonNode lintSarif(String... files) throws Exception {
    String[] args = new String[files.length + 3];
    args[0] = "lint";
    args[1] = "--format";
    args[2] = "sarif";
    System.arraycopy(files, 0, args, 3, files.length);
    CliRun r = CliRun.of(args);
    assertEquals(1, r.exit(), r.err());
    return new ObjectMapper().readTree(r.out());
  }

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void lintsFindingsOfEverySourceAsValidSarif() throws Exception {
    Path a = write("a/Dockerfile", EVERY_SOURCE);
    Path b = write("b/Dockerfile", "FROM alpine:3.19\nMAINTAINER ann\nADD https://x.io/a.tgz /\n");
    JsonNode sarif = lintSarif(a.toString(), b.toString());
    assertEquals(List.of(), SarifSchema.errors(sarif));
    assertEquals(
        Set.of("buildkit", "hadolint", "stagecraft"), sourcesOfResults(sarif), sarif.toString());
  }

  @Test
  void aFileWithNoProblemsIsValidSarifToo() throws Exception {
    Path f = write("Dockerfile", "FROM alpine:3\nUSER 65532\nCMD [\"true\"]\n");
    CliRun r = CliRun.of("lint", "--format", "sarif", f.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode sarif = new ObjectMapper().readTree(r.out());
    assertEquals(0, sarif.at("/runs/0/results").size());
    assertEquals(List.of(), SarifSchema.errors(sarif));
  }

  @Test
  void theSchemaRejectsAResultWithoutItsRequiredMessage() throws Exception {
    JsonNode sarif = lintSarif(write("Dockerfile", EVERY_SOURCE).toString());
    ((ObjectNode) sarif.at("/runs/0/results/0")).remove("message");
    List<String> errors = SarifSchema.errors(sarif);
    assertFalse(errors.isEmpty(), "a result without a message was accepted");
    assertTrue(errors.stream().anyMatch(e -> e.contains("message")), errors.toString());
  }

  @Test
  void theSchemaRejectsADriverWithoutAName() throws Exception {
    JsonNode sarif = lintSarif(write("Dockerfile", EVERY_SOURCE).toString());
    ((ObjectNode) sarif.at("/runs/0/tool/driver")).remove("name");
    List<String> errors = SarifSchema.errors(sarif);
    assertTrue(errors.stream().anyMatch(e -> e.contains("name")), errors.toString());
  }

  @Test
  void theSchemaRejectsALevelSarifDoesNotKnow() throws Exception {
    JsonNode sarif = lintSarif(write("Dockerfile", EVERY_SOURCE).toString());
    ((ObjectNode) sarif.at("/runs/0/results/0")).put("level", "style");
    List<String> errors = SarifSchema.errors(sarif);
    assertTrue(errors.stream().anyMatch(e -> e.contains("level")), errors.toString());
  }

  /** The sources of the rules the results name, as the driver's rule list records them. */
  static Set<String> sourcesOfResults(JsonNode sarif) {
    JsonNode run = sarif.at("/runs/0");
    Set<String> sources = new TreeSet<>();
    for (JsonNode result : run.get("results")) {
      JsonNode rule = run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt());
      assertEquals(result.get("ruleId").asText(), rule.get("id").asText());
      sources.add(rule.at("/properties/source").asText());
    }
    return sources;
  }
}
