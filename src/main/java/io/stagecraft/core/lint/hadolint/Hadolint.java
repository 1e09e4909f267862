package io.stagecraft.core.lint.hadolint;

import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.lint.RuleCheck;
import io.stagecraft.core.lint.RuleSource;
import java.util.List;

/** hadolint's DL rules, under hadolint's ids, meanings and default severities. */
public final class Hadolint {
  private Hadolint() {}

  static Rule rule(
      String id, LintSeverity severity, String title, String explanation, RuleCheck c) {
    return Rule.of(
        id,
        RuleSource.HADOLINT,
        severity,
        title,
        explanation,
        "https://github.com/hadolint/hadolint/wiki/" + id,
        c);
  }

  /** hadolint's DL rules, in id order. */
  public static List<Rule> rules() {
    return List.of(
        PragmaRules.DL1001,
        InstructionRules.DL3000,
        CommandRules.DL3001,
        InstructionRules.DL3002,
        RunRules.DL3003,
        RunRules.DL3004,
        ImageRules.DL3006,
        ImageRules.DL3007,
        AptRules.DL3008,
        RunRules.DL3009,
        CopyRules.DL3010,
        InstructionRules.DL3011,
        HealthcheckRules.DL3012,
        RunRules.DL3013,
        RunRules.DL3014,
        AptRules.DL3015,
        NodeAndGoRules.DL3016,
        RunRules.DL3018,
        RunRules.DL3019,
        ImageRules.DL3020,
        InstructionRules.DL3021,
        CopyRules.DL3022,
        CopyRules.DL3023,
        InstructionRules.DL3024,
        InstructionRules.DL3025,
        RegistryAndLabelRules.DL3026,
        RunRules.DL3027,
        RunRules.DL3028,
        StageRules.DL3029,
        YumDnfRules.DL3030,
        YumDnfRules.DL3032,
        YumDnfRules.DL3033,
        ZypperRules.DL3034,
        ZypperRules.DL3035,
        ZypperRules.DL3036,
        ZypperRules.DL3037,
        YumDnfRules.DL3038,
        YumDnfRules.DL3040,
        YumDnfRules.DL3041,
        RunRules.DL3042,
        StageRules.DL3043,
        DeclarationRules.DL3044,
        CopyRules.DL3045,
        CommandRules.DL3046,
        CommandRules.DL3047,
        DeclarationRules.DL3048,
        RegistryAndLabelRules.DL3049,
        RegistryAndLabelRules.DL3050,
        RegistryAndLabelRules.DL3051,
        RegistryAndLabelRules.DL3052,
        RegistryAndLabelRules.DL3053,
        RegistryAndLabelRules.DL3054,
        RegistryAndLabelRules.DL3055,
        RegistryAndLabelRules.DL3056,
        HealthcheckRules.DL3057,
        RegistryAndLabelRules.DL3058,
        InstructionRules.DL3059,
        NodeAndGoRules.DL3060,
        StageRules.DL3061,
        NodeAndGoRules.DL3062,
        StageRules.DL3063,
        DeclarationRules.DL3064,
        StageRules.DL3065,
        DeclarationRules.DL3066,
        CopyRules.DL3067,
        InstructionRules.DL4000,
        CommandRules.DL4001,
        InstructionRules.DL4003,
        InstructionRules.DL4004,
        ShellRules.DL4005,
        ShellRules.DL4006);
  }
}
