package dev.zhanwang.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.model.StandardNormal;
import dev.zhanwang.scenario.Correlation;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.sim.PlanCompiler;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Goal seek on one lognormal flow, whose P(met) as a function of growth has a closed form. */
class GoalSeekTest {
  private static final int PATHS = 20_000;
  private static final double SD_PCT = 10;
  private static final double TARGET = 120;

  private static Scenario scenario(long seed) {
    return Scenarios.of(
        List.of(new Scenarios.Flow("a", 10, SD_PCT, TARGET)), Correlation.none(), PATHS, seed);
  }

  private static TargetCheck check(Scenario scenario) {
    return TargetCheck.of(scenario, PlanCompiler.compile(scenario), "a_target").get(0);
  }

  @Test
  void growth_oneLognormalFlow_findsTheAnalyticGrowthWithinItsStatedError() {
    Scenario scenario = scenario(31);
    GoalSeek.Growth found = GoalSeek.growth(scenario, check(scenario), "a", 0.8, step -> {});
    // Phi((ln(1 + g) - ln(1.2)) / 0.1) = 0.8  <=>  g = 1.2 exp(0.1 Phi^-1(0.8)) - 1
    double analytic = 100 * (1.2 * Math.exp(0.1 * StandardNormal.inverseCdf(0.8)) - 1);
    System.out.printf(
        "goal seek: growth %.4f%% +- %.4f (s.e.), analytic %.4f%%, %d simulations%n",
        found.growthPct(), found.stdError(), analytic, found.steps());
    assertEquals(analytic, found.growthPct(), 3 * found.stdError());
    // The stated error is the delta method's: sqrt(0.8 x 0.2 / n) / P'(g).
    double slope = Math.exp(-0.5 * Math.pow(StandardNormal.inverseCdf(0.8), 2))
        / Math.sqrt(2 * Math.PI)
        / (SD_PCT * (1 + analytic / 100));
    assertEquals(Math.sqrt(0.16 / PATHS) / slope, found.stdError(), 0.1 * found.stdError());
    assertEquals(0.8, found.probabilityAt(), 2.0 / PATHS + 1e-12);
    assertTrue(found.steps() < 40, "steps " + found.steps());
  }

  @Test
  void growth_targetBeyondAnyGrowth_isUnreachable() {
    Scenario scenario = scenario(31);
    assertThrows(
        GoalSeek.Unreachable.class,
        () -> GoalSeek.growth(scenario, check(scenario), "a", 1.0 + 1e-9, step -> {}));
  }

  @Test
  void levels_oneLognormalFlow_areTheClosedFormQuantilesWithinTheirIntervals() {
    Scenario scenario = scenario(32);
    PlanCompiler.Compiled compiled = PlanCompiler.compile(scenario);
    GoalSeek.Levels levels = GoalSeek.levels(
            scenario, compiled, TargetCheck.of(scenario, compiled, null))
        .get(0);
    for (GoalSeek.Level level : levels.levels()) {
      double z = StandardNormal.inverseCdf(1 - level.probability());
      double exact = Scenarios.LEVEL_2022 * 1.1 * Math.exp(0.1 * z);
      assertTrue(level.low() <= exact && exact <= level.high(), level + " against " + exact);
      assertTrue(level.high() - level.low() < 0.01 * exact, level.toString());
    }
  }
}
