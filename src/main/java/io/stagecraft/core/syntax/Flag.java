package io.stagecraft.core.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A builder flag such as {@code --from=build} or {@code --link}. The value has quotes and escapes
 * removed, as BuildKit does, but still maps back to source ranges.
 */
public final class Flag {
  private final SourceRange range;
  private final Token name;
  private final MappedText value;
  private final String lowerName;

  Flag(SourceRange range, Token name, MappedText value) {
    this.range = range;
    this.name = name;
    this.value = value;
    this.lowerName = name.text().toLowerCase(Locale.ROOT);
  }

  /** The whole flag, {@code --} included. */
  public SourceRange range() {
    return range;
  }

  /** The flag name without the leading dashes, in lower case. */
  public String name() {
    return lowerName;
  }

  public Token nameToken() {
    return name;
  }

  public boolean hasValue() {
    return value != null;
  }

  /** The value after {@code =}, or null for a bare flag. */
  public String value() {
    return value == null ? null : value.text();
  }

  /** The source range of the value, or null for a bare flag. */
  public SourceRange valueRange() {
    return value == null ? null : value.range(0, value.length());
  }

  /**
   * The comma-separated {@code key=value} options of a value such as a {@code --mount}'s, each with
   * the source range of its value.
   */
  public List<Option> options() {
    List<Option> options = new ArrayList<>();
    if (value == null) {
      return options;
    }
    String text = value.text();
    int start = 0;
    char quote = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ',';
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
        continue;
      }
      if (c == '"') {
        quote = c;
      } else if (c == ',') {
        if (i > start) {
          options.add(option(text, start, i));
        }
        start = i + 1;
      }
    }
    return options;
  }

  private Option option(String text, int start, int end) {
    int eq = text.indexOf('=', start);
    if (eq < 0 || eq >= end) {
      return new Option(
          text.substring(start, end).trim().toLowerCase(Locale.ROOT),
          null,
          value.range(start, end),
          null);
    }
    int valueStart = eq + 1;
    int valueEnd = end;
    if (valueEnd - valueStart >= 2
        && text.charAt(valueStart) == '"'
        && text.charAt(valueEnd - 1) == '"') {
      valueStart++;
      valueEnd--;
    }
    return new Option(
        text.substring(start, eq).trim().toLowerCase(Locale.ROOT),
        text.substring(valueStart, valueEnd),
        value.range(start, end),
        value.range(valueStart, valueEnd));
  }

  /** One {@code key=value} option of a flag value; {@code value} is null for a bare key. */
  public record Option(String key, String value, SourceRange range, SourceRange valueRange) {}

  @Override
  public String toString() {
    return "--" + name.text() + (value == null ? "" : "=" + value.text());
  }
}
