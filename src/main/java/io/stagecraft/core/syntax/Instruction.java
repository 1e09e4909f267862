package io.stagecraft.core.syntax;

import java.util.List;
import java.util.Locale;

/**
 * One instruction with everything it spans: continuation lines, comments inside them, and the
 * bodies of its heredocs.
 *
 * @param range the whole element, from the first character of its first line to after the line
 *     break of its last line (the last heredoc terminator, when there are heredocs)
 * @param keyword the instruction name as written
 * @param kind the instruction, or null when the name is not one
 * @param flags builder flags in source order
 * @param arguments the arguments after the flags, without continuations; empty when there are none
 * @param argumentsRange where the arguments are in the source
 * @param form whether the arguments are in exec (JSON) or shell form
 * @param words the arguments split into words: JSON strings for exec form, whitespace-separated
 *     words for shell form
 * @param pairs the pairs of ENV, LABEL and ARG
 * @param heredocs the heredocs, in order
 * @param variables variable references in flags and arguments
 * @param trigger the instruction wrapped by ONBUILD, or the command of HEALTHCHECK CMD
 * @param innerComments comment lines between continuation lines
 */
public record Instruction(
    SourceRange range,
    Token keyword,
    Keyword kind,
    List<Flag> flags,
    String arguments,
    SourceRange argumentsRange,
    ArgumentForm form,
    List<Word> words,
    List<KeyValue> pairs,
    List<Heredoc> heredocs,
    List<VariableRef> variables,
    Instruction trigger,
    List<SourceRange> innerComments)
    implements Element {

  /** The instruction name in upper case, as written (for unknown instructions too). */
  public String name() {
    return keyword.text().toUpperCase(Locale.ROOT);
  }

  public boolean is(Keyword k) {
    return kind == k;
  }

  /** The first flag with this name, or null. */
  public Flag flag(String name) {
    for (Flag f : flags) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    return null;
  }

  /** All flags with this name, in order. */
  public List<Flag> flags(String name) {
    return flags.stream().filter(f -> f.name().equals(name)).toList();
  }

  /** 1-based line where the instruction starts. */
  public int line() {
    return range.line();
  }
}
