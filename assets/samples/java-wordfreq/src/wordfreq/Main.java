package wordfreq;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/** Counts the words of a built-in text (or of the arguments) and prints the five most frequent. */
public final class Main {

  private static final String TEXT =
      "It was the best of times, it was the worst of times, it was the age of wisdom, it was the"
          + " age of foolishness, it was the epoch of belief, it was the epoch of incredulity";

  private Main() {}

  public static void main(String[] args) {
    String text = args.length > 0 ? String.join(" ", args) : TEXT;
    Map<String, Integer> counts = new TreeMap<>();
    for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
      if (!word.isEmpty()) {
        counts.merge(word, 1, Integer::sum);
      }
    }
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .limit(5)
        .forEach(e -> System.out.println(e.getValue() + " " + e.getKey()));
    System.out.println(counts.size() + " distinct words, Java " + Runtime.version().feature());
  }
}
