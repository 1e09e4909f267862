package io.stagecraft.core.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds variable references: {@code $name}, {@code ${name}} and the modifier forms such as {@code
 * ${name:-word}}, {@code ${name:+word}}, {@code ${name#pattern}}. Escaped dollars and text in
 * single quotes are skipped, as the Dockerfile word expander does.
 */
final class VariableScanner {
  private VariableScanner() {}

  static List<VariableRef> scan(MappedText line, int from, int to, char escape) {
    String text = line.text();
    int dollar = text.indexOf('$', from);
    if (dollar < 0 || dollar >= to) {
      return List.of();
    }
    List<VariableRef> refs = new ArrayList<>();
    boolean singleQuoted = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == escape && !singleQuoted) {
        i++;
      } else if (c == '\'') {
        singleQuoted = !singleQuoted;
      } else if (c == '$' && !singleQuoted && i + 1 < to) {
        i = reference(line, i, to, refs) - 1;
      }
    }
    return refs;
  }

  /** Reads the reference at {@code dollar}; returns the offset just after it. */
  private static int reference(MappedText line, int dollar, int to, List<VariableRef> refs) {
    String text = line.text();
    int i = dollar + 1;
    if (text.charAt(i) == '{') {
      int nameStart = i + 1;
      int nameEnd = nameStart;
      while (nameEnd < to && Chars.isNamePart(text.charAt(nameEnd))) {
        nameEnd++;
      }
      int depth = 1;
      int j = nameStart;
      while (j < to && depth > 0) {
        char c = text.charAt(j);
        if (c == '{') {
          depth++;
        } else if (c == '}') {
          depth--;
        }
        j++;
      }
      if (depth != 0 || nameEnd == nameStart) {
        return dollar + 1;
      }
      refs.add(new VariableRef(line.range(dollar, j), text.substring(nameStart, nameEnd)));
      // Nested references in the modifier word, e.g. ${a:-$b}.
      refs.addAll(scanNested(line, nameEnd, j - 1));
      return j;
    }
    if (!Chars.isNameStart(text.charAt(i))) {
      return dollar + 1;
    }
    int end = i;
    while (end < to && Chars.isNamePart(text.charAt(end))) {
      end++;
    }
    refs.add(new VariableRef(line.range(dollar, end), text.substring(i, end)));
    return end;
  }

  private static List<VariableRef> scanNested(MappedText line, int from, int to) {
    List<VariableRef> nested = new ArrayList<>();
    String text = line.text();
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '$' && i + 1 < to) {
        i = reference(line, i, to, nested) - 1;
      }
    }
    return nested;
  }
}
