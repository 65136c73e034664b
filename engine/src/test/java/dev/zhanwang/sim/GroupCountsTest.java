package dev.zhanwang.sim;

import static dev.zhanwang.sim.TestScenarios.flowFigure;
import static dev.zhanwang.sim.TestScenarios.growthTarget;
import static dev.zhanwang.sim.TestScenarios.iid;
import static dev.zhanwang.sim.TestScenarios.levelTarget;
import static dev.zhanwang.sim.TestScenarios.scenario;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.data.Target;
import dev.zhanwang.scenario.Correlation;
import dev.zhanwang.scenario.JointRule;
import dev.zhanwang.scenario.JointRules;
import dev.zhanwang.scenario.RunSettings;
import dev.zhanwang.scenario.Scenario;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GroupCountsTest {
  /** Not a whole number of chunks or blocks: the last block's partial word is counted too. */
  private static final int PATHS = 3 * 4096 + 1000 + 37;

  /**
   * Four groups: {@code a} stated as a level and a growth in one row, {@code b} stated twice (105
   * and 115), {@code c} a rate, {@code d} once; {@code a}, {@code b} and {@code d} correlated, so
   * that groups pull together.
   */
  private static Scenario scenario(JointRules joint) {
    Scenario s = TestScenarios.scenario(
        List.of(flowFigure("a", 100), flowFigure("b", 100), flowFigure("d", 100)),
        List.of(
            new Target(
                "a_target",
                "a",
                "a",
                "a",
                "亿元",
                OptionalDouble.of(106),
                OptionalDouble.of(4),
                "test",
                "test"),
            levelTarget("b_headline", "b", 105),
            growthTarget("c_growth", "c", 6),
            levelTarget("b_plan", "b", 115),
            levelTarget("d_level", "d", 104)),
        List.of(
            iid("a", true, 5, 4),
            iid("b", true, 8, 6),
            iid("c", false, 6, 2),
            iid("d", true, 5, 3)),
        List.of(),
        new Correlation(
            List.of("a", "b", "d"),
            new double[][] {{1, 0.6, -0.5}, {0.6, 1, -0.3}, {-0.5, -0.3, 1}},
            "test"),
        PATHS,
        7);
    return new Scenario(
        s.file(),
        s.chain(),
        s.dataFiles(),
        s.name(),
        s.description(),
        s.baseline(),
        s.year(),
        s.settings(),
        s.indicators(),
        s.composites(),
        s.correlation(),
        s.events(),
        s.warnings(),
        joint);
  }

  @Test
  void compile_targetsOnOneIndicator_oneGroupInFileOrderLevelBeforeGrowth() {
    PlanCompiler.Compiled compiled = PlanCompiler.compile(scenario(JointRules.DEFAULT));

    assertEquals(
        List.of("a", "b", "c", "d"),
        compiled.groups().stream().map(PlannedGroup::id).toList());
    PlannedGroup a = compiled.groups().get(0);
    assertEquals(
        List.of(false, true),
        a.statements().stream().map(PlannedCriterion::growth).toList());
    assertEquals(List.of(a.statements().get(0)), a.counted());
    PlannedGroup b = compiled.groups().get(1);
    assertEquals(
        List.of("b_headline", "b_plan"),
        b.statements().stream().map(c -> c.target().id()).toList());
    assertEquals("b_headline", b.counted().get(0).target().id());
  }

  @Test
  void compile_groupRuleOverride_thatGroupAlone() {
    PlanCompiler.Compiled compiled = PlanCompiler.compile(
        scenario(new JointRules(JointRule.FIRST, Map.of("b", JointRule.LAST))));

    assertEquals(JointRule.FIRST, compiled.groups().get(0).rule());
    assertEquals("b_plan", compiled.groups().get(1).counted().get(0).target().id());
  }

  /**
   * The kernel's counts against brute force: which paths met each check (kept bit by bit), each
   * group's rule applied to them path by path, the groups met counted per path.
   */
  @ParameterizedTest
  @EnumSource(JointRule.class)
  void groupCounts_eachRule_equalBruteForceCounting(JointRule rule) {
    PlanCompiler.Compiled compiled = PlanCompiler.compile(scenario(new JointRules(rule, Map.of())));
    SimulationResult result = Simulator.runKeepingMetPaths(
        compiled.plan(), RunSettings.of(PATHS, 7, 2), Simulator.Progress.NONE);
    MetPaths met = result.metPaths().orElseThrow();
    int n = compiled.groups().size();
    BitSet[] groupMet = new BitSet[n];
    for (PlannedGroup group : compiled.groups()) {
      BitSet bits = null;
      for (PlannedCriterion c : group.counted()) {
        BitSet check = met.met(c.criterion());
        if (bits == null) {
          bits = check;
        } else if (rule == JointRule.ANY) {
          bits.or(check);
        } else {
          bits.and(check);
        }
      }
      groupMet[group.group()] = bits;
    }
    long[] metCount = new long[n + 1];
    BitSet all = new BitSet();
    for (int p = 0; p < PATHS; p++) {
      int count = 0;
      for (BitSet bits : groupMet) {
        count += bits.get(p) ? 1 : 0;
      }
      metCount[count]++;
      all.set(p, count == n);
    }
    GroupCounts counts = result.groups();

    assertArrayEquals(metCount, counts.metCount());
    for (int k = 0; k <= n + 1; k++) {
      long atLeast = 0;
      for (int j = k; j <= n; j++) {
        atLeast += metCount[j];
      }
      assertEquals(atLeast, counts.atLeast(k), "at least " + k);
    }
    assertEquals(metCount[n], result.allMet());
    assertEquals(all, met.allMet());
    for (int g = 0; g < n; g++) {
      assertEquals(groupMet[g].cardinality(), counts.met()[g]);
      for (int h = g + 1; h < n; h++) {
        BitSet both = (BitSet) groupMet[g].clone();
        both.and(groupMet[h]);
        assertEquals(both.cardinality(), counts.bothMet(g, h), g + " and " + h);
        assertEquals(both.cardinality(), counts.bothMet(h, g));
      }
    }
    // Every group is met on some paths and missed on others: the test can tell rules apart.
    assertTrue(metCount[0] > 0 && metCount[n] > 0);
  }

  @Test
  void groupCounts_rules_orderedFromLenientToStrict() {
    long any = allMet(JointRule.ANY);
    long first = allMet(JointRule.FIRST);
    long all = allMet(JointRule.ALL);

    assertTrue(any > first && first > all, any + " > " + first + " > " + all);
  }

  @Test
  void groupCounts_oneOrThreeThreads_identical() {
    SimulationPlan plan = PlanCompiler.compile(scenario(JointRules.DEFAULT)).plan();
    GroupCounts one = Simulator.run(plan, RunSettings.of(PATHS, 9, 1), Simulator.Progress.NONE)
        .groups();
    GroupCounts three = Simulator.run(plan, RunSettings.of(PATHS, 9, 3), Simulator.Progress.NONE)
        .groups();

    assertArrayEquals(one.met(), three.met());
    assertArrayEquals(one.metCount(), three.metCount());
    assertArrayEquals(one.bothMet(), three.bothMet());
  }

  private static long allMet(JointRule rule) {
    SimulationPlan plan =
        PlanCompiler.compile(scenario(new JointRules(rule, Map.of()))).plan();
    return Simulator.run(plan, RunSettings.of(PATHS, 7, 2), Simulator.Progress.NONE)
        .allMet();
  }
}
