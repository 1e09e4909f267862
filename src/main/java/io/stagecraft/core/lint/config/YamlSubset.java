package io.stagecraft.core.lint.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the part of YAML that lint configuration files use: block mappings, block sequences of
 * scalars, flow sequences ({@code [a, b]}), plain and quoted scalars, and comments. Values are
 * {@code Map<String, Object>}, {@code List<Object>} and {@code String}. It never throws: what it
 * cannot read becomes a {@link ConfigProblem} with its line and column, and is skipped.
 */
public final class YamlSubset {
  private final String source;
  private final List<Line> lines = new ArrayList<>();
  private final List<ConfigProblem> problems = new ArrayList<>();
  private final Map<String, Position> keys = new LinkedHashMap<>();
  private final List<String> path = new ArrayList<>();
  private int next;

  private YamlSubset(String source, String text) {
    this.source = source;
    String[] raw = text.split("\r?\n", -1);
    for (int i = 0; i < raw.length; i++) {
      String content = stripComment(raw[i]);
      if (content.isBlank() || content.strip().equals("---")) {
        continue;
      }
      int indent = 0;
      while (indent < content.length() && content.charAt(indent) == ' ') {
        indent++;
      }
      if (indent < content.length() && content.charAt(indent) == '\t') {
        problems.add(
            new ConfigProblem(source, i + 1, indent + 1, "tabs are not allowed for indentation"));
        continue;
      }
      lines.add(new Line(i + 1, indent, content.substring(indent).stripTrailing()));
    }
  }

  /** The document's value and the problems found; the value is an empty map for an empty text. */
  public static Result read(String source, String text) {
    YamlSubset reader = new YamlSubset(source, text);
    Object value = reader.lines.isEmpty() ? new LinkedHashMap<>() : reader.block(0);
    while (reader.next < reader.lines.size()) {
      Line l = reader.lines.get(reader.next++);
      reader.problem(l, 0, "unexpected content at this indentation");
    }
    return new Result(value, List.copyOf(reader.problems), Map.copyOf(reader.keys));
  }

  /**
   * A read document: its value, what could not be read, and where each mapping key is, by its
   * dotted path ({@code override.error}).
   */
  public record Result(Object value, List<ConfigProblem> problems, Map<String, Position> keys) {

    /** Where the key at {@code dottedPath} is, or line 1, column 1 when it is not there. */
    public Position position(String dottedPath) {
      return keys.getOrDefault(dottedPath, new Position(1, 1));
    }
  }

  /** A 1-based line and column. */
  public record Position(int line, int column) {}

  private record Line(int number, int indent, String text) {}

  private Object block(int minIndent) {
    Line first = lines.get(next);
    if (first.indent < minIndent) {
      return null;
    }
    return isSequenceItem(first.text) ? sequence(first.indent) : mapping(first.indent);
  }

  private static boolean isSequenceItem(String text) {
    return text.equals("-") || text.startsWith("- ");
  }

  private Map<String, Object> mapping(int indent) {
    Map<String, Object> map = new LinkedHashMap<>();
    while (next < lines.size()) {
      Line l = lines.get(next);
      if (l.indent < indent) {
        break;
      }
      if (l.indent > indent || isSequenceItem(l.text)) {
        problem(l, 0, "unexpected indentation");
        next++;
        continue;
      }
      next++;
      int colon = keyEnd(l.text);
      if (colon < 0) {
        problem(l, 0, "expected 'key: value'");
        continue;
      }
      String key = unquote(l, l.text.substring(0, colon).strip(), 0);
      String rest = l.text.substring(colon + 1).strip();
      if (map.containsKey(key)) {
        problem(l, 0, "duplicate key '" + key + "'");
      }
      path.add(key);
      keys.put(String.join(".", path), new Position(l.number, l.indent + 1));
      if (!rest.isEmpty()) {
        map.put(key, inline(l, rest, l.text.indexOf(rest, colon + 1)));
      } else if (next < lines.size()
          && (lines.get(next).indent > indent
              || (lines.get(next).indent == indent && isSequenceItem(lines.get(next).text)))) {
        map.put(key, block(lines.get(next).indent));
      } else {
        map.put(key, null);
      }
      path.remove(path.size() - 1);
    }
    return map;
  }

  private List<Object> sequence(int indent) {
    List<Object> list = new ArrayList<>();
    while (next < lines.size()) {
      Line l = lines.get(next);
      if (l.indent != indent || !isSequenceItem(l.text)) {
        if (l.indent > indent) {
          problem(l, 0, "unexpected indentation");
          next++;
          continue;
        }
        break;
      }
      next++;
      String item = l.text.substring(1).strip();
      if (item.isEmpty()) {
        if (next < lines.size() && lines.get(next).indent > indent) {
          list.add(block(lines.get(next).indent));
        } else {
          list.add(null);
        }
      } else if (keyEnd(item) >= 0 && !item.startsWith("\"") && !item.startsWith("'")) {
        problem(l, l.text.indexOf(item), "mappings inside lists are not supported here");
      } else {
        list.add(inline(l, item, l.text.indexOf(item)));
      }
    }
    return list;
  }

  /** A value written on the key's line: a flow sequence or a scalar. */
  private Object inline(Line l, String text, int at) {
    if (text.startsWith("[")) {
      if (!text.endsWith("]")) {
        problem(l, at, "unterminated list: expected ']'");
        return new ArrayList<>();
      }
      List<Object> items = new ArrayList<>();
      String body = text.substring(1, text.length() - 1);
      int pos = 0;
      for (String part : splitFlow(body)) {
        String item = part.strip();
        if (!item.isEmpty()) {
          items.add(unquote(l, item, at + 1 + body.indexOf(item, pos)));
        }
        pos += part.length() + 1;
      }
      return items;
    }
    if (text.startsWith("{")) {
      problem(l, at, "flow mappings are not supported here; write one 'key: value' a line");
      return null;
    }
    return unquote(l, text, at);
  }

  private static List<String> splitFlow(String body) {
    List<String> parts = new ArrayList<>();
    char quote = 0;
    int start = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == ',') {
        parts.add(body.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(body.substring(start));
    return parts;
  }

  private String unquote(Line l, String text, int at) {
    if (text.startsWith("\"") || text.startsWith("'")) {
      char q = text.charAt(0);
      if (text.length() < 2 || text.charAt(text.length() - 1) != q) {
        problem(l, at, "unterminated quoted string");
        return text.substring(1);
      }
      String inner = text.substring(1, text.length() - 1);
      return q == '\'' ? inner.replace("''", "'") : inner.replace("\\\"", "\"");
    }
    return text;
  }

  /** The offset of the colon that ends a key, or -1. */
  private static int keyEnd(String text) {
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == ':' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
        return i;
      }
    }
    return -1;
  }

  private static String stripComment(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if ((c == '"' || c == '\'') && (i == 0 || " [,:-".indexOf(line.charAt(i - 1)) >= 0)) {
        quote = c;
      } else if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ')) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  private void problem(Line l, int offsetInText, String message) {
    problems.add(
        new ConfigProblem(source, l.number, l.indent + Math.max(0, offsetInText) + 1, message));
  }
}
