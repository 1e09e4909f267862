package io.stagecraft.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClearanceTest {
  @Test
  void aClearSpotIsKept() {
    Point wanted = new Point(500, 500);
    assertSame(wanted, Clearance.nearestFree(wanted, 100, 50, List.of(new Rect(0, 0, 100, 100))));
  }

  @Test
  void aBoxDroppedOnAnotherGoesToTheNearestSideThatKeepsTheGap() {
    Rect other = new Rect(0, 0, 200, 100);
    Point at = Clearance.nearestFree(new Point(150, 10), 100, 50, List.of(other));
    assertEquals(new Point(other.maxX() + Clearance.GAP, 10), at);
    assertFalse(new Rect(at.x(), at.y(), 100, 50).grow(Clearance.GAP - 0.5).overlaps(other));
  }

  @Test
  void theSpotIsTheOneTryingEveryCandidateFinds() {
    // Crowded random boxes, wanted spots among them, gaps of both kinds: the search that tries
    // the nearest candidates first finds the very spot the search through all of them does.
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      List<Rect> others = new ArrayList<>();
      int count = 1 + random.nextInt(40);
      for (int i = 0; i < count; i++) {
        others.add(
            new Rect(
                random.nextInt(60) * 10,
                random.nextInt(60) * 10,
                20 + random.nextInt(20) * 10,
                16 + random.nextInt(10) * 10));
      }
      Point wanted = new Point(random.nextInt(600), random.nextInt(600));
      double width = 20 + random.nextInt(30) * 5;
      double height = 16 + random.nextInt(10) * 5;
      double gap = random.nextBoolean() ? Clearance.GAP : 6;
      assertEquals(
          tryingEveryCandidate(wanted, width, height, others, gap),
          Clearance.nearestFree(wanted, width, height, others, gap),
          "round " + round);
    }
  }

  @Test
  void placesAThousandLabelsAmongAHundredBoxes() {
    // The shape of a 10,000-line file's diagram: every label crowded off its own arrow.
    List<Rect> taken = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      taken.add(new Rect((i % 10) * 320, (i / 10) * 400, 300, 380));
    }
    RectIndex index = new RectIndex(taken);
    Random random = new Random(3);
    for (int i = 0; i < 1000; i++) {
      Point wanted = new Point(random.nextInt(3200), random.nextInt(4000));
      Point at = Clearance.nearestFree(wanted, 90, 16, index, 6);
      Rect label = new Rect(at.x(), at.y(), 90, 16);
      assertFalse(index.anyOverlap(label.grow(5.5)));
      index.add(label);
    }
  }

  /**
   * The search through every pair of candidate coordinates: the nearest clear one, the leftmost
   * then topmost of equally near ones.
   */
  private static Point tryingEveryCandidate(
      Point wanted, double width, double height, List<Rect> others, double gap) {
    if (free(new Rect(wanted.x(), wanted.y(), width, height), others, gap)) {
      return wanted;
    }
    List<Double> xs = new ArrayList<>(List.of(wanted.x()));
    List<Double> ys = new ArrayList<>(List.of(wanted.y()));
    for (Rect o : others) {
      xs.add(o.maxX() + gap);
      xs.add(o.x() - gap - width);
      ys.add(o.maxY() + gap);
      ys.add(o.y() - gap - height);
    }
    Point best = null;
    double bestDistance = Double.MAX_VALUE;
    for (double x : xs) {
      for (double y : ys) {
        double d = Math.hypot(x - wanted.x(), y - wanted.y());
        boolean nearer =
            d < bestDistance
                || (d == bestDistance && (x < best.x() || (x == best.x() && y < best.y())));
        if (nearer && free(new Rect(x, y, width, height), others, gap)) {
          best = new Point(x, y);
          bestDistance = d;
        }
      }
    }
    return best != null ? best : wanted;
  }

  private static boolean free(Rect box, List<Rect> others, double gap) {
    Rect padded = box.grow(gap - 0.5);
    return others.stream().noneMatch(padded::overlaps);
  }
}
