package io.stagecraft.engine;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Docker Engine API version such as {@code 1.41}, ordered numerically (1.9 &lt; 1.10). */
public record ApiVersion(int major, int minor) implements Comparable<ApiVersion> {

  private static final Pattern FORMAT = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

  public ApiVersion {
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException(
          "API version parts must not be negative: " + major + "." + minor);
    }
  }

  /**
   * Parses {@code MAJOR.MINOR}, with surrounding blanks allowed.
   *
   * @throws IllegalArgumentException when the text is not of that form
   */
  public static ApiVersion parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not a Docker API version (expected MAJOR.MINOR, such as 1.41): '" + text + "'");
    }
    return new ApiVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** Returns the lower of the two versions. */
  public static ApiVersion min(ApiVersion a, ApiVersion b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  public boolean isOlderThan(ApiVersion other) {
    return compareTo(other) < 0;
  }

  public boolean isNewerThan(ApiVersion other) {
    return compareTo(other) > 0;
  }

  @Override
  public int compareTo(ApiVersion o) {
    int c = Integer.compare(major, o.major);
    return c != 0 ? c : Integer.compare(minor, o.minor);
  }

  /** The wire form, {@code MAJOR.MINOR}. */
  @Override
  public String toString() {
    return major + "." + minor;
  }
}
