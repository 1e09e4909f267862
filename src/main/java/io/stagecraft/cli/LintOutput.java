package io.stagecraft.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stagecraft.core.io.StagecraftVersion;
import io.stagecraft.core.lint.LintReport;
import io.stagecraft.core.lint.LintSeverity;
import io.stagecraft.core.lint.Problem;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.lint.RuleRegistry;
import io.stagecraft.core.syntax.SourceRange;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The three shapes of {@code stagecraft lint}'s output: text, JSON Lines and SARIF 2.1.0. */
final class LintOutput {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private LintOutput() {}

  /** A file's report under the path as the user gave it. */
  record FileReport(String file, LintReport report) {}

  /** {@code FILE:LINE:COLUMN: severity RULE: message}, one problem a line. */
  static void text(FileReport r, PrintWriter out) {
    for (Problem p : r.report().problems()) {
      out.println(
          r.file()
              + ":"
              + p.line()
              + ":"
              + p.column()
              + ": "
              + p.severity().label()
              + " "
              + p.ruleId()
              + ": "
              + p.message()
              + (p.fixable() ? " [fixable]" : ""));
    }
  }

  static String jsonLine(FileReport r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("file", r.file());
    ArrayNode problems = root.putArray("problems");
    for (Problem p : r.report().problems()) {
      ObjectNode o = problems.addObject();
      o.put("rule", p.ruleId());
      o.put("source", p.rule().source().label());
      o.put("severity", p.severity().label());
      SourceRange range = p.range();
      o.put("line", range.line());
      o.put("column", range.column());
      o.put("endLine", range.endLine());
      o.put("endColumn", range.endColumn());
      o.put("message", p.message());
      o.put("url", p.rule().url());
      o.put("fixable", p.fixable());
    }
    return root.toString();
  }

  static String sarif(List<FileReport> reports, RuleRegistry registry) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("$schema", SARIF_SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "Stagecraft");
    driver.put("version", StagecraftVersion.get());
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> index = new HashMap<>();
    for (Rule rule : registry.rules()) {
      describe(rule, rules, index);
    }
    // ShellCheck's codes are known only once it has reported them.
    for (FileReport r : reports) {
      for (Problem p : r.report().problems()) {
        if (!index.containsKey(p.ruleId())) {
          describe(p.rule(), rules, index);
        }
      }
    }
    ArrayNode results = run.putArray("results");
    for (FileReport r : reports) {
      for (Problem p : r.report().problems()) {
        ObjectNode o = results.addObject();
        o.put("ruleId", p.ruleId());
        o.put("ruleIndex", index.get(p.ruleId()));
        o.put("level", level(p.severity()));
        o.putObject("message").put("text", p.message());
        ObjectNode location = o.putArray("locations").addObject().putObject("physicalLocation");
        location.putObject("artifactLocation").put("uri", r.file().replace('\\', '/'));
        SourceRange range = p.range();
        location
            .putObject("region")
            .put("startLine", range.line())
            .put("startColumn", range.column())
            .put("endLine", range.endLine())
            .put("endColumn", Math.max(range.endColumn(), 1));
      }
    }
    return root.toString();
  }

  private static void describe(Rule rule, ArrayNode rules, Map<String, Integer> index) {
    index.put(rule.id(), rules.size());
    ObjectNode o = rules.addObject();
    o.put("id", rule.id());
    o.putObject("shortDescription").put("text", rule.title());
    o.putObject("fullDescription").put("text", rule.title());
    o.putObject("help").put("text", rule.explanation());
    if (rule.url() != null) {
      o.put("helpUri", rule.url());
    }
    o.putObject("defaultConfiguration")
        .put("level", level(rule.severity()))
        .put("enabled", rule.severity() != LintSeverity.OFF);
    o.putObject("properties").put("source", rule.source().label());
  }

  private static String level(LintSeverity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO, STYLE -> "note";
      case OFF -> "none";
    };
  }
}
