package io.stagecraft.core.build;

import java.util.Locale;

/** How the command line and the desktop app write sizes, ratios and image IDs. */
public final class Sizes {
  private Sizes() {}

  /** Bytes in binary units, as docker's CLI would not (it uses decimal), to one decimal. */
  public static String human(long bytes) {
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }

  /** Exact bytes with thousands separators, then the human size: {@code 1,536 B (1.5 KiB)}. */
  public static String exactAndHuman(long bytes) {
    return String.format(Locale.ROOT, "%,d B (%s)", bytes, human(bytes));
  }

  /**
   * How many times larger the first size is than the second, to two decimals; 0 when the second is
   * 0.
   */
  public static double ratio(long first, long second) {
    return second == 0 ? 0 : Math.round(100.0 * first / second) / 100.0;
  }

  /** The first 12 hex digits of an image ID, as {@code docker images} shows it. */
  public static String shortId(String id) {
    String hex = id.startsWith("sha256:") ? id.substring(7) : id;
    return hex.length() > 12 ? hex.substring(0, 12) : hex;
  }

  /** The package managers found, or {@code none}. */
  public static String managers(AttackSurface s) {
    return s.packageManagers().isEmpty() ? "none" : String.join(", ", s.packageManagers());
  }
}
