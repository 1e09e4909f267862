package io.stagecraft.core.lint.hadolint;

import io.stagecraft.core.lint.Findings;
import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.KeyValue;
import io.stagecraft.core.syntax.Keyword;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * hadolint's rules about what ARG, ENV, LABEL and USER declare: a variable used in the ENV that
 * defines it, secrets in ARG and ENV, label keys, and user names where a numeric id is safer.
 */
final class DeclarationRules {
  // Compiled once: String.matches compiles its pattern on every call, for every LABEL and USER
  // of every revision typed.
  private static final Pattern LABEL_KEY = Pattern.compile("[a-z]([a-z0-9._/-]*[a-z0-9])?");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private DeclarationRules() {}

  static final Rule DL3044 =
      Hadolint.rule(
          "DL3044",
          LintSeverity.ERROR,
          "Do not refer to an environment variable within the same `ENV` statement where it is"
              + " defined.",
          "Within one ENV every value sees the variables as they were before it, so the new value"
              + " is not used.\n\nBad: ENV A=1 B=${A}/x\nGood: ENV A=1 / ENV B=${A}/x",
          DeclarationRules::sameEnvReference);

  static final Rule DL3048 =
      Hadolint.rule(
          "DL3048",
          LintSeverity.STYLE,
          "Invalid label key.",
          "Label keys are lower-case letters, digits, '.', '-', '_' and '/', start with a letter,"
              + " end with a letter or digit, have no '..' or '--', and stay out of the"
              + " com.docker., io.docker. and org.dockerproject. namespaces.\n\nBad: LABEL"
              + " Maintainer=me\nGood: LABEL org.opencontainers.image.authors=me",
          DeclarationRules::labelKeys);

  static final Rule DL3064 =
      Hadolint.rule(
          "DL3064",
          LintSeverity.WARNING,
          "Potentially sensitive data should not be used in the `ARG` or `ENV` commands",
          "ARG and ENV values are kept in the image's history and configuration; pass secrets"
              + " with RUN --mount=type=secret.\n\nBad: ARG GITHUB_TOKEN\nGood: RUN"
              + " --mount=type=secret,id=github_token ...",
          DeclarationRules::sensitive);

  static final Rule DL3066 =
      Hadolint.rule(
          "DL3066",
          LintSeverity.INFO,
          "Non-numeric user-id may not be resolvable by host system",
          "A user name means something only inside the image; the host, volumes and Kubernetes'"
              + " runAsNonRoot see the numeric id.\n\nBad: USER app\nGood: USER 10001",
          DeclarationRules::numericUser);

  private static final Set<String> SENSITIVE_NAMES =
      Set.of(
          "ACCESS_TOKEN",
          "APPLICATION_KEY",
          "APP_SECRET",
          "AUTH_TOKEN",
          "AWS_ACCESS_KEY_ID",
          "AWS_SECRET_ACCESS_KEY",
          "BITTREX_API_KEY",
          "BITTREX_API_SECRET",
          "CF_PASSWORD",
          "CF_USERNAME",
          "CIRCLE_TOKEN",
          "CI_DEPLOY_PASSWORD",
          "CI_DEPLOY_USER",
          "DOCKERHUB_PASSWORD",
          "DOCKER_EMAIL",
          "DOCKER_PASSWORD",
          "DOCKER_USERNAME",
          "FACEBOOK_ACCESS_TOKEN",
          "FACEBOOK_APP_ID",
          "FACEBOOK_APP_SECRET",
          "FIREBASE_API_TOKEN",
          "FIREBASE_TOKEN",
          "FOSSA_API_KEY",
          "GH_ENTERPRISE_TOKEN",
          "GH_TOKEN",
          "GITHUB_ENTERPRISE_TOKEN",
          "GITHUB_TOKEN",
          "HEROKU_API_KEY",
          "HEROKU_API_USER",
          "NPM_AUTH_TOKEN",
          "NPM_TOKEN",
          "OKTA_AUTHN_GROUPID",
          "OKTA_CLIENT_ORGURL",
          "OKTA_CLIENT_TOKEN",
          "OKTA_OAUTH2_CLIENTID",
          "OKTA_OAUTH2_CLIENTSECRET",
          "OPENAI_API_KEY",
          "OS_PASSWORD",
          "OS_USERNAME",
          "POSTGRES_PASSWORD",
          "SLACK_TOKEN",
          "STRIPE_API_KEY",
          "STRIPE_DEVICE_NAME",
          "TRAVIS_OS_NAME",
          "TRAVIS_SECURE_ENV_VARS",
          "TRAVIS_SUDO",
          "VAULT_CLIENT_KEY",
          "VAULT_TOKEN");

  private static final List<String> SUSPICIOUS =
      List.of("api_key", "client_key", "password", "private", "secret", "token", "username");

  private static void sameEnvReference(LintContext c, Findings out) {
    Set<String> defined = new HashSet<>();
    for (Instruction i : c.dockerfile().instructions()) {
      if (!i.is(Keyword.ENV) && !i.is(Keyword.ARG)) {
        continue;
      }
      List<KeyValue> pairs = i.pairs();
      boolean refers = false;
      for (int k = 0; k < pairs.size() && i.is(Keyword.ENV); k++) {
        String name = pairs.get(k).name();
        for (int j = 0; j < pairs.size(); j++) {
          String value = pairs.get(j).value();
          if (j != k
              && value != null
              && !defined.contains(name)
              && VariableMentions.mentions(value, name)) {
            refers = true;
          }
        }
      }
      if (refers) {
        out.report(c.rangeOf(i));
      }
      pairs.forEach(p -> defined.add(p.name()));
    }
  }

  private static void labelKeys(LintContext c, Findings out) {
    for (Instruction i : c.dockerfile().instructions()) {
      if (i.is(Keyword.LABEL)
          && i.pairs().stream()
              .map(p -> CopyRules.unquote(p.name()))
              .anyMatch(k -> !validLabelKey(k))) {
        out.report(c.rangeOf(i));
      }
    }
  }

  private static boolean validLabelKey(String key) {
    return LABEL_KEY.matcher(key).matches()
        && !key.contains("..")
        && !key.contains("--")
        && !key.startsWith("com.docker.")
        && !key.startsWith("io.docker.")
        && !key.startsWith("org.dockerproject.");
  }

  private static void sensitive(LintContext c, Findings out) {
    for (Instruction i : c.dockerfile().instructions()) {
      Instruction d = i.is(Keyword.ONBUILD) && i.trigger() != null ? i.trigger() : i;
      if ((d.is(Keyword.ARG) || d.is(Keyword.ENV))
          && d.pairs().stream().map(KeyValue::name).anyMatch(DeclarationRules::sensitiveName)) {
        out.report(c.rangeOf(i));
      }
    }
  }

  private static boolean sensitiveName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return SENSITIVE_NAMES.contains(name.toUpperCase(Locale.ROOT))
        || SUSPICIOUS.stream().anyMatch(lower::contains);
  }

  private static void numericUser(LintContext c, Findings out) {
    Set<String> variables = new HashSet<>();
    for (Instruction i : c.dockerfile().instructions()) {
      if (i.is(Keyword.ARG) || i.is(Keyword.ENV)) {
        i.pairs().forEach(p -> variables.add(p.name()));
      }
      if (i.is(Keyword.USER) && !i.words().isEmpty()) {
        String uid = i.words().get(0).value().split(":", 2)[0];
        if (!DIGITS.matcher(uid).matches()
            && variables.stream().noneMatch(v -> VariableMentions.mentions(uid, v))) {
          out.report(c.rangeOf(i));
        }
      }
    }
  }
}
