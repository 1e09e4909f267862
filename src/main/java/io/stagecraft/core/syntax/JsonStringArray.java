package io.stagecraft.core.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Recognises the exec form: a JSON array of strings. Like BuildKit, any JSON that is not an array
 * means shell form, while a valid JSON array holding something other than strings is an error.
 */
final class JsonStringArray {

  /** Outcome of reading text as a JSON array. */
  enum Kind {
    NOT_JSON,
    STRINGS,
    NOT_STRINGS
  }

  /** The result; {@code spans} are start/end offsets of each string literal, quotes included. */
  record Result(Kind kind, List<String> values, List<int[]> spans) {}

  private static final Result NOT_JSON = new Result(Kind.NOT_JSON, List.of(), List.of());

  private final CharSequence s;
  private final int end;
  private int pos;
  private boolean onlyStrings = true;

  private JsonStringArray(CharSequence s, int from, int to) {
    this.s = s;
    this.pos = from;
    this.end = to;
  }

  static Result parse(CharSequence s, int from, int to) {
    return new JsonStringArray(s, from, to).array();
  }

  private Result array() {
    skipWs();
    if (pos >= end || s.charAt(pos) != '[') {
      return NOT_JSON;
    }
    pos++;
    List<String> values = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    skipWs();
    if (pos < end && s.charAt(pos) == ']') {
      pos++;
    } else {
      while (true) {
        skipWs();
        int start = pos;
        if (pos < end && s.charAt(pos) == '"') {
          String str = string();
          if (str == null) {
            return NOT_JSON;
          }
          values.add(str);
          spans.add(new int[] {start, pos});
        } else {
          onlyStrings = false;
          if (!value()) {
            return NOT_JSON;
          }
        }
        skipWs();
        if (pos < end && s.charAt(pos) == ',') {
          pos++;
        } else if (pos < end && s.charAt(pos) == ']') {
          pos++;
          break;
        } else {
          return NOT_JSON;
        }
      }
    }
    skipWs();
    if (pos != end) {
      return NOT_JSON;
    }
    return onlyStrings
        ? new Result(Kind.STRINGS, values, spans)
        : new Result(Kind.NOT_STRINGS, List.of(), List.of());
  }

  private boolean value() {
    if (pos >= end) {
      return false;
    }
    char c = s.charAt(pos);
    if (c == '"') {
      return string() != null;
    }
    if (c == '[' || c == '{') {
      char close = c == '[' ? ']' : '}';
      pos++;
      skipWs();
      if (pos < end && s.charAt(pos) == close) {
        pos++;
        return true;
      }
      while (true) {
        skipWs();
        if (c == '{') {
          if (pos >= end || s.charAt(pos) != '"' || string() == null) {
            return false;
          }
          skipWs();
          if (pos >= end || s.charAt(pos) != ':') {
            return false;
          }
          pos++;
          skipWs();
        }
        if (!value()) {
          return false;
        }
        skipWs();
        if (pos < end && s.charAt(pos) == ',') {
          pos++;
        } else if (pos < end && s.charAt(pos) == close) {
          pos++;
          return true;
        } else {
          return false;
        }
      }
    }
    for (String literal : new String[] {"true", "false", "null"}) {
      if (startsWith(literal)) {
        pos += literal.length();
        return true;
      }
    }
    return number();
  }

  private boolean number() {
    int start = pos;
    if (pos < end && s.charAt(pos) == '-') {
      pos++;
    }
    int digits = pos;
    while (pos < end && Character.isDigit(s.charAt(pos))) {
      pos++;
    }
    if (pos == digits) {
      return false;
    }
    if (pos < end && s.charAt(pos) == '.') {
      pos++;
      int frac = pos;
      while (pos < end && Character.isDigit(s.charAt(pos))) {
        pos++;
      }
      if (pos == frac) {
        return false;
      }
    }
    if (pos < end && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
      pos++;
      if (pos < end && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
        pos++;
      }
      int exp = pos;
      while (pos < end && Character.isDigit(s.charAt(pos))) {
        pos++;
      }
      if (pos == exp) {
        return false;
      }
    }
    return pos > start;
  }

  private boolean startsWith(String literal) {
    if (end - pos < literal.length()) {
      return false;
    }
    for (int i = 0; i < literal.length(); i++) {
      if (s.charAt(pos + i) != literal.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Reads a string literal at {@code pos}; null when it is not valid JSON. */
  private String string() {
    pos++;
    StringBuilder out = new StringBuilder();
    while (pos < end) {
      char c = s.charAt(pos++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        return null;
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (pos >= end) {
        return null;
      }
      char e = s.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (end - pos < 4) {
            return null;
          }
          int code = 0;
          for (int i = 0; i < 4; i++) {
            int d = Character.digit(s.charAt(pos++), 16);
            if (d < 0) {
              return null;
            }
            code = code * 16 + d;
          }
          out.append((char) code);
        }
        default -> {
          return null;
        }
      }
    }
    return null;
  }

  private void skipWs() {
    while (pos < end) {
      char c = s.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        pos++;
      } else {
        break;
      }
    }
  }
}
