package io.stagecraft.ui;

import java.util.Locale;

/** A count with its noun in the right number: "1 stage", "2 stages", "1,024 files". */
public final class Plural {
  private Plural() {}

  /** {@code n} and {@code singular}, with an "s" added unless {@code n} is one. */
  public static String of(long n, String singular) {
    return of(n, singular, singular + "s");
  }

  public static String of(long n, String singular, String plural) {
    return String.format(Locale.ROOT, "%,d ", n) + (n == 1 ? singular : plural);
  }
}
