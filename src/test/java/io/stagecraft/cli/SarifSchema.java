package io.stagecraft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official SARIF 2.1.0 JSON schema (OASIS, draft-07; see sarif/SOURCE.md beside it), loaded
 * from the test classpath. Every {@code $ref} in it points inside the file and the draft-07
 * meta-schema ships in the validator, so nothing is fetched: remote fetching is turned off, and
 * formats ({@code uri}, {@code date-time}) are asserted, not only annotated.
 */
final class SarifSchema {
  static final String RESOURCE = "sarif/sarif-schema-2.1.0.json";
  private static final Schema SCHEMA = load();

  private SarifSchema() {}

  /** What is wrong with {@code sarif} by the schema; empty when it is valid SARIF 2.1.0. */
  static List<String> errors(JsonNode sarif) {
    return SCHEMA.validate(sarif).stream().map(Error::toString).toList();
  }

  private static Schema load() {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_7,
            b ->
                b.schemaLoader(loader -> loader.fetchRemoteResources(false))
                    .schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    try (InputStream in = SarifSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      return registry.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
