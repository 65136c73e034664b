package dev.zhanwang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.JointOutcome;
import dev.zhanwang.scenario.JointRule;
import dev.zhanwang.sim.GroupCounts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JointTableTest {
  /** Three groups of one check each over 10^6 paths; no path meets all three. */
  private static String printed() {
    JointOutcome joint = new JointOutcome(
        JointRule.ALL,
        List.of(group("a", 500_000), group("b", 400_000), group("c", 1000)),
        1_000_000,
        new GroupCounts(
            new long[] {500_000, 400_000, 1000},
            new long[] {300_000, 501_000, 199_000, 0},
            new long[] {199_500, 0, 1000}));
    Forecast forecast = new Forecast(
        "s",
        "",
        2023,
        1_000_000,
        1,
        List.of(),
        List.of(),
        List.of(),
        0.0,
        0.0,
        List.of(),
        joint,
        Optional.empty());
    StringWriter text = new StringWriter();
    JointTable.print(forecast, new PrintWriter(text, true));
    return text.toString();
  }

  private static JointOutcome.Group group(String id, long met) {
    return new JointOutcome.Group(id, JointRule.ALL, List.of(), List.of(), met);
  }

  @Test
  void print_ruleAllKAndExpectedCount_eachOnItsLine() {
    List<String> lines = printed().lines().toList();

    assertTrue(
        lines
            .get(1)
            .contains("Rule all (joint.rule in the scenario): a group counts as met"
                + " when every statement of it is met"),
        lines.get(1));
    assertEquals("all 3 groups met at once                 < 0.0003%", lines.get(2));
    assertEquals("at least 2 of 3                          19.90% ± 0.040", lines.get(3));
    assertEquals("at least 1 of 3                          70.00% ± 0.046", lines.get(4));
    // (501,000 + 2 * 199,000) / 10^6
    assertTrue(
        lines.get(5).startsWith("expected number of groups met            0.8990 ± 0."),
        lines.get(5));
    assertTrue(lines.get(5).endsWith(" of 3"), lines.get(5));
  }

  @Test
  void print_pairs_togetherAndAgainstBeyondNoiseWithHowManyAndWhy() {
    String text = printed();

    assertTrue(text.contains("up to 3 pulling together and 3 against each other"), text);
    // a and b: 199,500 together against 200,000 if independent: within noise, not shown.
    assertTrue(text.contains("together P(c | b) 0.250% ± 0.0079 against 0.100% ± 0.0032"), text);
    assertTrue(text.contains("against  P(c | a) < 0.0006% against 0.100% ± 0.0032"), text);
    assertFalse(text.contains("P(b | a)"), text);
  }
}
