package io.stagecraft.core.lint.hadolint;

import io.stagecraft.core.lint.LintContext;
import io.stagecraft.core.lint.PackageCommand;
import io.stagecraft.core.lint.StageChain;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.KeyValue;
import io.stagecraft.core.syntax.Keyword;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How yum, dnf and microdnf commands name what they do and what they install, and when an RPM
 * package is pinned ({@code name-version}, as hadolint reads it).
 */
final class RpmPackages {
  private RpmPackages() {}

  private static final Pattern VERSION_PART = Pattern.compile("[0-9A-Za-z.~^_:+]+");

  /**
   * The verb: {@code install} for {@code yum install x}, {@code yum module install x} and {@code
   * dnf group install x}.
   */
  static String verb(PackageCommand p) {
    return grouped(p) ? p.packageNames().get(0) : p.action();
  }

  /** True for {@code module} (and {@code group}) commands, whose verb is the second word. */
  static boolean grouped(PackageCommand p) {
    return (p.action().equals("module") || p.action().equals("group")) && !p.packages().isEmpty();
  }

  /** The packages, modules or groups named after the verb. */
  static List<String> targets(PackageCommand p) {
    List<String> names = p.packageNames();
    return grouped(p) ? names.subList(1, names.size()) : names;
  }

  /**
   * True when an install names a version of each package: {@code tomcat-9.0.1}, {@code
   * openssl-1:1.1.1k}, an {@code .rpm} file, a module stream {@code tomcat:9}, or a version held in
   * a variable the stage defines. Groups are not versioned.
   */
  static boolean pinned(PackageCommand p, Set<String> variables) {
    if (p.action().equals("group")) {
      return true;
    }
    boolean module = p.action().equals("module");
    for (String target : targets(p)) {
      boolean ok = module ? target.contains(":") : packagePinned(target, variables);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean packagePinned(String name, Set<String> variables) {
    String[] parts = name.split("-", -1);
    if (parts.length <= 1) {
      return false;
    }
    if (name.endsWith(".rpm")) {
      return true;
    }
    if (name.contains("$")) {
      return variables.stream().anyMatch(v -> VariableMentions.mentions(name, v));
    }
    boolean digit = false;
    for (int k = 1; k < parts.length; k++) {
      if (!VERSION_PART.matcher(parts[k]).matches()) {
        return false;
      }
      digit |= Character.isDigit(parts[k].charAt(0));
    }
    return digit;
  }

  /**
   * The names a RUN can use as a version: every ARG declared before it, and the ENV names of its
   * stage and of the stages it is built on.
   */
  static Set<String> variablesBefore(LintContext c, Instruction run) {
    Set<String> names = new HashSet<>();
    for (Instruction i : c.dockerfile().instructions()) {
      if (i.range().start() >= run.range().start()) {
        break;
      }
      if (i.is(Keyword.ARG)) {
        i.pairs().forEach(p -> names.add(p.name()));
      }
    }
    Stage stage = c.graph().stageAt(run.range().start());
    if (stage != null) {
      for (Stage link : StageChain.of(c.graph(), stage)) {
        for (Instruction i : link.instructions()) {
          if (i.is(Keyword.ENV) && i.range().start() < run.range().start()) {
            i.pairs().stream().map(KeyValue::name).forEach(names::add);
          }
        }
      }
    }
    return names;
  }
}
