package io.stagecraft.core.lang;

import io.stagecraft.core.lint.LintReport;
import io.stagecraft.core.lint.Linter;
import io.stagecraft.core.model.Stage;
import io.stagecraft.core.model.StageGraph;
import io.stagecraft.core.syntax.Dockerfile;
import io.stagecraft.core.syntax.Element;
import io.stagecraft.core.syntax.Instruction;
import io.stagecraft.core.syntax.LineIndex;

/**
 * One text as the language services see it: its syntax tree, its stage graph and its variable
 * scopes. Every service takes an analysis and a character offset, and answers in offsets.
 */
public final class Analysis {
  private final StageGraph graph;
  private final Linter linter;
  private Variables variables;
  private LintReport lint;

  /** An analysis whose problems come from {@code linter}, set up with the project's settings. */
  public Analysis(StageGraph graph, Linter linter) {
    this.graph = graph;
    this.linter = linter;
  }

  /**
   * An analysis whose lint report is already known: a front end that lints each revision once, with
   * its project's settings, shares that report instead of linting again.
   */
  public Analysis(StageGraph graph, LintReport lint) {
    this.graph = graph;
    this.linter = null;
    this.lint = lint;
  }

  /** An analysis with the built-in rules and the file's own lint settings. */
  public static Analysis of(String text) {
    return new Analysis(StageGraph.parse(text), Linter.builtIn());
  }

  public StageGraph graph() {
    return graph;
  }

  public Dockerfile dockerfile() {
    return graph.dockerfile();
  }

  public String text() {
    return graph.dockerfile().text();
  }

  public LineIndex lines() {
    return graph.dockerfile().lines();
  }

  /** The variable scopes, computed on first use. */
  public synchronized Variables variables() {
    if (variables == null) {
      variables = new Variables(this);
    }
    return variables;
  }

  /** The lint report of the text, computed on first use. */
  public synchronized LintReport lint() {
    if (lint == null) {
      lint = linter.lint(graph);
    }
    return lint;
  }

  /**
   * The instruction at {@code offset}, or null. The end of a text without a final line break
   * belongs to its last instruction, where the caret sits while typing it.
   */
  public Instruction instructionAt(int offset) {
    Element e = dockerfile().elementAt(offset);
    if (e == null && atOpenEnd(offset)) {
      e = dockerfile().elementAt(offset - 1);
    }
    return e instanceof Instruction i ? i : null;
  }

  /**
   * The stage at {@code offset}. The end of the text belongs to the last stage, even after a final
   * line break: what is typed there is part of it.
   */
  public Stage stageAt(int offset) {
    Stage s = graph.stageAt(offset);
    if (s == null && offset > 0 && offset == text().length()) {
      s = graph.stageAt(offset - 1);
    }
    return s;
  }

  private boolean atOpenEnd(int offset) {
    String text = text();
    return offset > 0 && offset == text.length() && text.charAt(offset - 1) != '\n';
  }
}
