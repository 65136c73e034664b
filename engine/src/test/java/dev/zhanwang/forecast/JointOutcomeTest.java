package dev.zhanwang.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.scenario.JointRule;
import dev.zhanwang.sim.GroupCounts;
import java.util.List;
import org.junit.jupiter.api.Test;

class JointOutcomeTest {
  /**
   * Three groups over 10,000 paths: exactly 0, 1, 2, 3 met on 1,000, 2,000, 3,000, 4,000 paths;
   * the groups met on 9,000, 6,000 and 5,000 (which add up to the 20,000 the counts give).
   */
  private static JointOutcome three(long both01, long both02, long both12) {
    return new JointOutcome(
        JointRule.FIRST,
        List.of(group("a", 9000), group("b", 6000), group("c", 5000)),
        10_000,
        new GroupCounts(
            new long[] {9000, 6000, 5000},
            new long[] {1000, 2000, 3000, 4000},
            new long[] {both01, both02, both12}));
  }

  private static JointOutcome.Group group(String id, long met) {
    return new JointOutcome.Group(id, JointRule.FIRST, List.of(), List.of(), met);
  }

  @Test
  void expectedCount_histogram_meanAndItsStandardError() {
    JointOutcome joint = three(6000, 5000, 4500);

    assertEquals(2.0, joint.expectedCount(), 1e-12);
    // s.d. of the count: sqrt((4 * 1000 + 1 * 2000 + 0 + 1 * 4000) / 9999), over sqrt(10,000).
    assertEquals(Math.sqrt(10_000.0 / 9999 / 10_000), joint.expectedCountStdError(), 1e-12);
    assertEquals(4000, joint.allMet());
    assertEquals(9000, joint.atLeast(1));
    assertEquals(10_000, joint.atLeast(0));
  }

  @Test
  void pairs_theLikelierGroupIsGiven_conditionalIsBothOverItsPaths() {
    JointOutcome.Pair ab = three(6000, 5000, 4500).pairs().get(0);

    assertEquals("a", ab.given().id());
    assertEquals("b", ab.other().id());
    assertEquals(6000.0 / 9000, ab.conditional(), 1e-12);
    // phi = (0.6 - 0.9 * 0.6) / sqrt(0.9 * 0.1 * 0.6 * 0.4)
    assertEquals(0.06 / Math.sqrt(0.09 * 0.24), ab.correlation(), 1e-12);
  }

  @Test
  void strongestPairs_together_largestCorrelationFirstWithinTheLimit() {
    JointOutcome joint = three(6000, 5000, 4500);

    List<JointOutcome.Pair> together = joint.strongestPairs(2, true);

    assertEquals(
        List.of("b+c", "a+b"), together.stream().map(JointOutcomeTest::name).toList());
    assertTrue(joint.strongestPairs(3, false).isEmpty());
  }

  @Test
  void strongestPairs_againstAndNoise_onlyBeyondFourStandardErrors() {
    // b and c met together on 2,000 paths against 3,000 if independent: phi -0.41, against.
    // a and c on 4,520 against 4,500: phi 0.013, within noise (4 / sqrt(10,000) = 0.04).
    JointOutcome joint = three(5400, 4520, 2000);

    assertEquals(
        List.of("b+c"),
        joint.strongestPairs(3, false).stream().map(JointOutcomeTest::name).toList());
    assertTrue(joint.strongestPairs(3, true).isEmpty());
  }

  private static String name(JointOutcome.Pair pair) {
    return pair.given().id() + "+" + pair.other().id();
  }
}
