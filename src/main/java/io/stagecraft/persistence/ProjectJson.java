package io.stagecraft.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The on-disk shape of a project file, kept apart from {@link Project} so the format can evolve.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProjectJson(
    String format,
    Integer version,
    FileJson dockerfile,
    FileJson original,
    LayoutJson layout,
    BuildJson build,
    LintJson lint) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record FileJson(String path, String text) {}

  /** Lint rules whose severity the project changed: rule id to error, warning, info, style, off. */
  record LintJson(Map<String, String> rules) {}

  record LayoutJson(Map<String, BoxPosition> positions, List<String> unfolded) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record BuildJson(
      String context,
      String target,
      Map<String, String> buildArgs,
      VariantJson a,
      VariantJson b,
      Boolean sequential) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record VariantJson(
      String source,
      String file,
      String target,
      Map<String, String> buildArgs,
      String context,
      String builder,
      String tag) {}
}
