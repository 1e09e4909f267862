package io.stagecraft.core.diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineDiffTest {

  @Test
  void keepsTheLongestCommonSubsequenceOfRandomLists() {
    Random random = new Random(42);
    for (int round = 0; round < 2_000; round++) {
      List<String> x = randomLines(random, random.nextInt(25));
      List<String> y = randomLines(random, random.nextInt(25));
      int[] matches = LineDiff.matches(x, y);
      int kept = 0;
      int last = -1;
      for (int i = 0; i < matches.length; i++) {
        if (matches[i] >= 0) {
          assertEquals(x.get(i), y.get(matches[i]), "a kept line is the same line");
          assertTrue(matches[i] > last, "kept lines keep their order");
          last = matches[i];
          kept++;
        }
      }
      assertEquals(lcsLength(x, y), kept, x + " vs " + y);
    }
  }

  @Test
  void scriptRebuildsBothLists() {
    List<String> x = List.of("a", "b", "c", "d");
    List<String> y = List.of("a", "c", "x", "d", "e");
    List<String> fromX = new ArrayList<>();
    List<String> fromY = new ArrayList<>();
    for (LineDiff.Step s : LineDiff.script(x, y)) {
      if (s.kind() != LineDiff.Kind.INSERT) {
        fromX.add(x.get(s.a()));
      }
      if (s.kind() != LineDiff.Kind.DELETE) {
        fromY.add(y.get(s.b()));
      }
    }
    assertEquals(x, fromX);
    assertEquals(y, fromY);
  }

  @Test
  void listsWithNothingInCommonAreAllDeletedAndInserted() {
    int[] none = new int[3];
    Arrays.fill(none, -1);
    assertArrayEquals(none, LineDiff.matches(List.of("a", "b", "c"), List.of("x", "y")));
  }

  private static List<String> randomLines(Random random, int count) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(String.valueOf((char) ('a' + random.nextInt(4))));
    }
    return lines;
  }

  private static int lcsLength(List<String> x, List<String> y) {
    int[][] t = new int[x.size() + 1][y.size() + 1];
    for (int i = x.size() - 1; i >= 0; i--) {
      for (int j = y.size() - 1; j >= 0; j--) {
        t[i][j] =
            x.get(i).equals(y.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
      }
    }
    return t[0][0];
  }
}
