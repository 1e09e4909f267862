package io.stagecraft.core.split;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

  @Test
  void equalTextsHaveNoDiff() {
    assertEquals("", UnifiedDiff.of("a\nb\n", "a\nb\n", "x", "y", 3));
  }

  @Test
  void changesCloserThanTwiceTheContextShareAHunkAsInDiffU() {
    String a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
    String b = "1\n2\n3\nfour\n5\n6\n7\n8\n9\nten\n";
    assertEquals(
        String.join(
            "\n",
            "--- a",
            "+++ b",
            "@@ -1,9 +1,10 @@",
            " 1",
            " 2",
            " 3",
            "-4",
            "+four",
            " 5",
            " 6",
            " 7",
            " 8",
            " 9",
            "+ten",
            ""),
        UnifiedDiff.of(a, b, "a", "b", 3));
  }

  @Test
  void distantChangesGetTheirOwnHunks() {
    String a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
    String b = "1\n2\n3\nfour\n5\n6\n7\n8\n9\n10\n11\n12\nthirteen\n";
    assertEquals(
        String.join(
            "\n",
            "--- a",
            "+++ b",
            "@@ -1,7 +1,7 @@",
            " 1",
            " 2",
            " 3",
            "-4",
            "+four",
            " 5",
            " 6",
            " 7",
            "@@ -10,3 +10,4 @@",
            " 10",
            " 11",
            " 12",
            "+thirteen",
            ""),
        UnifiedDiff.of(a, b, "a", "b", 3));
  }

  @Test
  void insertionIntoAnEmptyTextAndAMissingFinalLineBreak() {
    assertEquals(
        "--- a\n+++ b\n@@ -0,0 +1,2 @@\n+x\n+y\n", UnifiedDiff.of("", "x\ny\n", "a", "b", 3));
    assertEquals(
        "--- a\n+++ b\n@@ -1 +1 @@\n-x\n\\ No newline at end of file\n+x\n",
        UnifiedDiff.of("x", "x\n", "a", "b", 3));
  }
}
