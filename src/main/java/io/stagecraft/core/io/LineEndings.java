package io.stagecraft.core.io;

import io.stagecraft.core.diff.LineDiff;
import java.util.ArrayList;
import java.util.List;

/**
 * The line endings of a text as it was read, and the way back to them. The editor works on text
 * whose lines end in {@code \n} alone, as the code area holds it; saving restores each line's own
 * ending ({@code \r\n}, {@code \n} or a lone {@code \r}), and lines the user added get the ending
 * most of the file's lines use. A file whose lines all end the same way needs no more than that
 * ending; one with mixed endings keeps its lines, so that the lines that survive an edit can be
 * matched and keep theirs.
 */
public final class LineEndings {
  public static final String LF = "\n";
  public static final String CRLF = "\r\n";
  public static final String CR = "\r";

  private final String normalised;
  private final String separator;

  /** For mixed endings only: the lines as read, without endings, and each line's ending. */
  private final List<String> lines;

  private final List<String> endings;

  private LineEndings(
      String normalised, String separator, List<String> lines, List<String> endings) {
    this.normalised = normalised;
    this.separator = separator;
    this.lines = lines;
    this.endings = endings;
  }

  /** The endings of {@code raw}. */
  public static LineEndings of(String raw) {
    int lf = 0;
    int crlf = 0;
    int cr = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\n') {
        lf++;
      } else if (c == '\r') {
        if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
          crlf++;
          i++;
        } else {
          cr++;
        }
      }
    }
    String separator = crlf > lf && crlf >= cr ? CRLF : cr > lf && cr > crlf ? CR : LF;
    if (cr + crlf == 0) {
      return new LineEndings(raw, LF, null, null);
    }
    String normalised = normalise(raw);
    boolean uniform = (lf == 0 ? 1 : 0) + (crlf == 0 ? 1 : 0) + (cr == 0 ? 1 : 0) == 2;
    if (uniform) {
      return new LineEndings(normalised, separator, null, null);
    }
    List<String> lines = new ArrayList<>();
    List<String> endings = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(raw.substring(start, i));
        boolean pair = c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n';
        endings.add(pair ? CRLF : String.valueOf(c));
        i += pair ? 1 : 0;
        start = i + 1;
      }
    }
    return new LineEndings(normalised, separator, lines, endings);
  }

  /** {@code raw} with every {@code \r\n} and lone {@code \r} turned into {@code \n}. */
  public static String normalise(String raw) {
    if (raw.indexOf('\r') < 0) {
      return raw;
    }
    return raw.replace(CRLF, LF).replace(CR, LF);
  }

  /** The text as the editor holds it: lines end in {@code \n}. */
  public String normalised() {
    return normalised;
  }

  /** The ending new lines get: the one most lines of the file have, {@code \n} for none. */
  public String separator() {
    return separator;
  }

  public boolean isMixed() {
    return lines != null;
  }

  /** "LF", "CRLF", "CR" or "mixed", as a status bar says it. */
  public String label() {
    if (isMixed()) {
      return "Mixed";
    }
    return separator.equals(CRLF) ? "CRLF" : separator.equals(CR) ? "CR" : "LF";
  }

  /**
   * {@code text} (lines ending in {@code \n}) with the endings of the text as read: unchanged when
   * {@code text} is the text as read, each surviving line with its own ending after an edit.
   */
  public String restore(String text) {
    if (lines == null) {
      return separator.equals(LF) ? text : text.replace(LF, separator);
    }
    List<String> now = new ArrayList<>(List.of(text.split(LF, -1)));
    String last = now.remove(now.size() - 1); // The text after the last \n, maybe empty.
    int[] matches = LineDiff.matches(now, lines);
    StringBuilder out = new StringBuilder(text.length() + now.size());
    for (int i = 0; i < now.size(); i++) {
      out.append(now.get(i)).append(matches[i] >= 0 ? endings.get(matches[i]) : separator);
    }
    return out.append(last).toString();
  }
}
