package io.stagecraft.core.lang;

import io.stagecraft.core.edit.DocumentEdit;
import io.stagecraft.core.edit.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Find and replace in a text, as an editor's find bar does it: plain or regular-expression
 * patterns, with or without case, whole words only if asked. Replacing all is one edit, so one undo
 * takes it back.
 */
public final class TextSearch {
  /**
   * The most matches one search reports. A pattern that matches nearly every character of a large
   * file is a typo, and listing millions of matches would only freeze the caller.
   */
  public static final int MAX_MATCHES = 10_000;

  private TextSearch() {}

  /** What to look for. */
  public record Query(String pattern, boolean matchCase, boolean regex, boolean wholeWord) {
    public Query {
      pattern = pattern == null ? "" : pattern;
    }

    public static Query plain(String pattern) {
      return new Query(pattern, false, false, false);
    }
  }

  /** One match: {@code start} inclusive, {@code end} exclusive. */
  public record Match(int start, int end) {}

  /**
   * The outcome of a search.
   *
   * @param error why the pattern is not a valid regular expression, with its position; null when it
   *     is
   * @param truncated true when there were more than {@link #MAX_MATCHES} matches
   */
  public record Result(List<Match> matches, String error, boolean truncated) {
    /** No matches, and nothing wrong with the pattern. */
    public static final Result NONE = new Result(List.of(), null, false);

    /**
     * The index of the first match at or after {@code offset}, wrapping to the first; -1 if none.
     */
    public int nextFrom(int offset) {
      for (int i = 0; i < matches.size(); i++) {
        if (matches.get(i).start() >= offset) {
          return i;
        }
      }
      return matches.isEmpty() ? -1 : 0;
    }

    /** The index of the last match that starts before {@code offset}, wrapping to the last. */
    public int previousFrom(int offset) {
      for (int i = matches.size() - 1; i >= 0; i--) {
        if (matches.get(i).start() < offset) {
          return i;
        }
      }
      return matches.size() - 1;
    }

    /** The index of the match that spans exactly {@code start}–{@code end}, or -1. */
    public int indexOf(int start, int end) {
      for (int i = 0; i < matches.size(); i++) {
        if (matches.get(i).start() == start && matches.get(i).end() == end) {
          return i;
        }
      }
      return -1;
    }
  }

  /** Every match of {@code query} in {@code text}, in text order; empty matches are skipped. */
  public static Result find(String text, Query query) {
    if (query.pattern().isEmpty()) {
      return Result.NONE;
    }
    Pattern pattern;
    try {
      pattern = compile(query);
    } catch (PatternSyntaxException e) {
      return new Result(List.of(), describe(e), false);
    }
    List<Match> matches = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      if (m.end() == m.start()) {
        continue;
      }
      if (matches.size() == MAX_MATCHES) {
        return new Result(List.copyOf(matches), null, true);
      }
      matches.add(new Match(m.start(), m.end()));
    }
    return new Result(List.copyOf(matches), null, false);
  }

  /**
   * The text that replaces {@code match}: {@code replacement} as typed for a plain search, or with
   * {@code $1} and <code>${name}</code> groups filled in for a regular expression.
   */
  public static String replacementFor(String text, Query query, Match match, String replacement) {
    if (!query.regex()) {
      return replacement;
    }
    Matcher m = compile(query).matcher(text);
    // Transparent, unanchored bounds: look-behinds and ^ see the text before the match as it is.
    m.region(match.start(), text.length()).useTransparentBounds(true).useAnchoringBounds(false);
    if (!m.lookingAt() || m.end() != match.end()) {
      return replacement;
    }
    StringBuilder out = new StringBuilder();
    m.appendReplacement(out, replacement);
    return out.substring(match.start());
  }

  /** One edit that replaces every match; empty when there are none or the pattern is invalid. */
  public static DocumentEdit replaceAll(String text, Query query, String replacement) {
    Result result = find(text, query);
    List<TextEdit> edits = new ArrayList<>(result.matches().size());
    if (!query.regex()) {
      for (Match match : result.matches()) {
        edits.add(new TextEdit(match.start(), match.end() - match.start(), replacement));
      }
      return new DocumentEdit("Replace All", edits);
    }
    // One pass of the matcher: appendReplacement adds the text since the previous replaced match,
    // then the filled-in replacement; what it added past that stretch is the replacement.
    Matcher m = compile(query).matcher(text);
    StringBuilder out = new StringBuilder();
    int appendPosition = 0;
    while (edits.size() < result.matches().size() && m.find()) {
      if (m.end() == m.start()) {
        continue;
      }
      int before = out.length() + (m.start() - appendPosition);
      m.appendReplacement(out, replacement);
      edits.add(new TextEdit(m.start(), m.end() - m.start(), out.substring(before)));
      appendPosition = m.end();
    }
    return new DocumentEdit("Replace All", edits);
  }

  private static Pattern compile(Query query) {
    String body = query.regex() ? query.pattern() : Pattern.quote(query.pattern());
    if (query.wholeWord()) {
      // A word is what a Dockerfile's names are made of: letters, digits, '_' and '-' do not
      // start or end one, so "app" does not match inside "my-app" or "app_dir".
      body = "(?<![\\w-])(?:" + body + ")(?![\\w-])";
    }
    int flags = Pattern.MULTILINE;
    if (!query.matchCase()) {
      flags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    }
    return Pattern.compile(body, flags);
  }

  private static String describe(PatternSyntaxException e) {
    String what = e.getDescription();
    return e.getIndex() >= 0 ? what + " at character " + (e.getIndex() + 1) : what;
  }
}
