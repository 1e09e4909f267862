package io.stagecraft.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The words of a split's verdict, which the command line and the build panel both show. */
class SplitCheckTest {
  private static RunResult run(int exit, String out, String err) {
    return new RunResult(exit, out, err, false, Duration.ofMillis(3));
  }

  @Test
  void aPassingCheckSaysSoInEveryPart() {
    SplitCheck c =
        new SplitCheck(946_833_735, 47_532_181, run(0, "4\n7\n", ""), run(0, "4\n7\n", ""));
    assertTrue(c.passed());
    assertEquals("same outcome: both exit with 0 and print the same 2 line(s)", c.behaviour());
    assertEquals("B is 19.92 times smaller: 47,532,181 bytes against 946,833,735", c.size());
    assertEquals("PASSED", c.outcome());
    assertEquals("", c.difference());
  }

  @Test
  void aMismatchNamesWhatDiffers() {
    SplitCheck c =
        new SplitCheck(1000, 10, run(0, "14\n", ""), run(127, "", "exec: python3: not found\n"));
    assertFalse(c.passed());
    assertEquals("MISMATCH: the split does not behave like the original", c.behaviour());
    assertEquals(
        "exit codes 0 (A) and 127 (B), standard output differs, standard error differs",
        c.difference());
    assertEquals("FAILED", c.outcome());
  }

  @Test
  void aTimeoutOnOneSideIsNamed() {
    RunResult stopped = new RunResult(-1, "", "", true, Duration.ofSeconds(60));
    SplitCheck c = new SplitCheck(1000, 10, run(0, "", ""), stopped);
    assertEquals("B timed out", c.difference());
  }

  @Test
  void aLargerSplitFailsEvenWhenItBehaves() {
    SplitCheck c = new SplitCheck(1000, 1000, run(0, "x\n", ""), run(0, "x\n", ""));
    assertFalse(c.passed());
    assertEquals("B is NOT smaller: 1,000 bytes against 1,000", c.size());
  }
}
