package io.stagecraft.core.lint.buildkit;

import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.lint.RuleCheck;
import io.stagecraft.core.lint.RuleSource;
import java.util.List;

/** BuildKit's build checks, under BuildKit's names, descriptions and documentation addresses. */
public final class Buildkit {
  private Buildkit() {}

  static String url(String slug) {
    return "https://docs.docker.com/go/dockerfile/rule/" + slug + "/";
  }

  /** A check that BuildKit reports as a warning. */
  static Rule rule(String name, String description, String explanation, String slug, RuleCheck c) {
    return Rule.of(
        name,
        RuleSource.BUILDKIT,
        LintSeverity.WARNING,
        description,
        explanation,
        slug == null ? null : url(slug),
        c);
  }

  /** All 22 checks, in the order of BuildKit's ruleset. */
  public static List<Rule> rules() {
    return List.of(
        StageChecks.STAGE_NAME_CASING,
        StageChecks.FROM_AS_CASING,
        InstructionChecks.NO_EMPTY_CONTINUATION,
        CasingChecks.CONSISTENT_INSTRUCTION_CASING,
        StageChecks.DUPLICATE_STAGE_NAME,
        StageChecks.RESERVED_STAGE_NAME,
        InstructionChecks.JSON_ARGS_RECOMMENDED,
        InstructionChecks.MAINTAINER_DEPRECATED,
        FromChecks.UNDEFINED_ARG_IN_FROM,
        InstructionChecks.WORKDIR_RELATIVE_PATH,
        UndefinedVarCheck.UNDEFINED_VAR,
        InstructionChecks.MULTIPLE_INSTRUCTIONS_DISALLOWED,
        InstructionChecks.LEGACY_KEY_VALUE_FORMAT,
        FromChecks.INVALID_BASE_IMAGE_PLATFORM,
        FromChecks.REDUNDANT_TARGET_PLATFORM,
        InstructionChecks.SECRETS_USED_IN_ARG_OR_ENV,
        FromChecks.INVALID_DEFAULT_ARG_IN_FROM,
        FromChecks.FROM_PLATFORM_FLAG_CONST_DISALLOWED,
        CopyIgnoredFileCheck.COPY_IGNORED_FILE,
        StageChecks.INVALID_DEFINITION_DESCRIPTION,
        CasingChecks.EXPOSE_PROTO_CASING,
        CasingChecks.EXPOSE_INVALID_FORMAT);
  }
}
