package io.stagecraft.core.lang;

import io.stagecraft.core.lint.Problem;
import io.stagecraft.core.lint.Rule;
import io.stagecraft.core.model.Edge;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.syntax.Diagnostic;
import io.stagecraft.core.syntax.SourceRange;
import java.util.List;

/**
 * The documentation shown when the pointer rests on a word: the reference of instructions, flags,
 * mount keys and directives; a variable's value and declaration; a stage with its base and users;
 * and the problems reported at that place.
 */
public final class Hovers {
  private Hovers() {}

  /** A hover's Markdown text and the range it describes. */
  public record Hover(String markdown, SourceRange range) {}

  /** The hover at {@code offset}, or null when there is nothing to say. */
  public static Hover at(Analysis analysis, int offset) {
    Target target = Target.at(analysis, offset);
    String problems = problems(analysis, offset);
    if (target == null) {
      return problems.isEmpty() ? null : new Hover(problems, problemRange(analysis, offset));
    }
    String body = describe(analysis, target);
    String markdown = problems.isEmpty() ? body : problems + "\n\n---\n\n" + body;
    return new Hover(markdown, target.range());
  }

  private static String describe(Analysis analysis, Target target) {
    if (target instanceof Target.InstructionKeyword k) {
      return k.instruction().kind() == null
          ? "Unknown instruction `" + k.instruction().keyword().text() + "`."
          : Reference.instruction(k.instruction().kind()).markdown();
    }
    if (target instanceof Target.FlagName f) {
      Reference.Entry entry = Reference.flag(f.flag().name());
      return entry == null ? "Unknown flag `--" + f.flag().name() + "`." : entry.markdown();
    }
    if (target instanceof Target.MountKey m) {
      Reference.Entry entry = Reference.mountKey(m.key());
      return entry == null ? "Unknown mount option `" + m.key() + "`." : entry.markdown();
    }
    if (target instanceof Target.Directive d) {
      Reference.Entry entry = Reference.directive(d.directive().key());
      return entry == null ? "Parser directive `" + d.directive().key() + "`." : entry.markdown();
    }
    if (target instanceof Target.Variable v) {
      return variableMarkdown(analysis, v);
    }
    if (target instanceof Target.StageName s) {
      return stageMarkdown(analysis, s.stage());
    }
    return imageMarkdown(((Target.Image) target).edge());
  }

  /** A stage as Markdown: its name, index, base and the stages that use it. */
  static String stageMarkdown(Analysis analysis, Stage stage) {
    StringBuilder out = new StringBuilder();
    out.append("**Stage ").append(stage.label()).append("** (index ").append(stage.index());
    out.append(", line ").append(stage.line()).append(")\n\n");
    out.append("FROM `").append(stage.base()).append('`');
    if (!stage.resolvedBase().equals(stage.base())) {
      out.append(" = `").append(stage.resolvedBase()).append('`');
    }
    if (stage.platform() != null) {
      out.append(" on `").append(stage.platform()).append('`');
    }
    List<Edge> users = analysis.graph().edgesFrom(stage.index());
    if (users.isEmpty()) {
      boolean last = stage.index() == analysis.graph().stages().size() - 1;
      out.append(last ? "\n\nThe final stage." : "\n\nNo stage uses it.");
    } else {
      out.append("\n\nUsed by:");
      for (Edge e : users) {
        Stage user = analysis.graph().stages().get(e.to());
        out.append("\n- ").append(user.label()).append(" (").append(e.kind().label());
        out.append(", line ").append(e.line()).append(')');
      }
    }
    return out.toString();
  }

  private static String variableMarkdown(Analysis analysis, Target.Variable v) {
    Variables.Definition d = v.definition();
    if (d == null) {
      return "**$"
          + v.name()
          + "** is not declared here: it expands to an empty string unless the environment of"
          + " the base image sets it.";
    }
    String value = analysis.variables().valueAt(d.name(), v.range().start());
    if (v.declaration()) {
      value = d.value();
    }
    StringBuilder out = new StringBuilder("**").append(d.name()).append("** ");
    out.append(
        switch (d.kind()) {
          case GLOBAL_ARG -> "(global ARG)";
          case ARG -> "(ARG)";
          case ENV -> "(ENV)";
          case AUTOMATIC -> "(automatic platform ARG, set by BuildKit)";
        });
    out.append("\n\n");
    out.append(value == null ? "No default: set it with `--build-arg`." : "= `" + value + "`");
    if (d.nameRange() != null) {
      out.append("\n\nDeclared on line ").append(d.nameRange().line());
      if (d.stage() >= 0) {
        out.append(" in stage ").append(analysis.graph().stages().get(d.stage()).label());
      }
      out.append('.');
    }
    return out.toString();
  }

  private static String imageMarkdown(Edge edge) {
    return "**Image** `" + edge.reference() + "`\n\nAn external image, pulled or found locally.";
  }

  private static String problems(Analysis analysis, int offset) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : analysis.graph().diagnostics()) {
      if (touches(d.range(), offset)) {
        separate(out);
        out.append("**").append(d.severity().label()).append("** ").append(d.message());
        out.append(" (`").append(d.code()).append("`)");
      }
    }
    for (Problem p : analysis.lint().problems()) {
      if (touches(p.range(), offset)) {
        Rule rule = p.rule();
        separate(out);
        out.append("**").append(p.severity().label()).append("** ").append(p.message());
        out.append(" (`").append(rule.id()).append("`)\n\n").append(rule.explanation());
        if (rule.url() != null) {
          out.append("\n\n[").append(rule.id()).append("](").append(rule.url()).append(')');
        }
      }
    }
    return out.toString();
  }

  private static void separate(StringBuilder out) {
    if (out.length() > 0) {
      out.append("\n\n");
    }
  }

  private static boolean touches(SourceRange range, int offset) {
    return offset >= range.start() && offset <= range.end();
  }

  private static SourceRange problemRange(Analysis analysis, int offset) {
    for (Diagnostic d : analysis.graph().diagnostics()) {
      if (touches(d.range(), offset)) {
        return d.range();
      }
    }
    for (Problem p : analysis.lint().problems()) {
      if (touches(p.range(), offset)) {
        return p.range();
      }
    }
    return analysis.lines().range(offset, offset);
  }
}
