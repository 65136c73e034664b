package dev.zhanwang.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.data.Figure;
import dev.zhanwang.data.Target;
import dev.zhanwang.data.Year;
import dev.zhanwang.model.GrowthPath;
import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.model.NegativeBinomial;
import dev.zhanwang.scenario.RunSettings;
import dev.zhanwang.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.special.Beta;
import org.junit.jupiter.api.Test;

/**
 * The count model through the kernel: {@code P(N >= k)} against the negative binomial's (and,
 * with little spread, the Poisson's) distribution function in closed form, within 3 Monte Carlo
 * standard errors, and whole numbers in every year-to-date quantile.
 */
class NegativeBinomialTest {
  private static final int PATHS = 200_000;
  private static final double LEVEL = 80;
  private static final double GROWTH_PCT = 10;
  private static final int[] KS = {70, 88, 110};

  /** 80 firms in 2022, 10% growth: a mean of 88; the targets ask for at least 70, 88, 110. */
  private static SimulationResult run(double uncertaintyPct, List<Integer> seriesStart) {
    Figure firms = new Figure(
        "firms",
        "新增企业",
        "New firms",
        "家",
        OptionalDouble.of(LEVEL),
        OptionalDouble.empty(),
        "test",
        "test");
    List<Target> targets = new ArrayList<>();
    for (int k : KS) {
      targets.add(TestScenarios.levelTarget("at_least_" + k, "firms", k));
    }
    IndicatorSpec spec = new IndicatorSpec(
        "firms",
        true,
        GROWTH_PCT,
        OptionalDouble.of(uncertaintyPct),
        IndicatorSpec.flatSeasonality(),
        GrowthPath.YEAR_OVER_YEAR,
        "",
        new NegativeBinomial());
    Scenario scenario =
        TestScenarios.scenario(List.of(firms), targets, List.of(spec), List.of(), PATHS, 11);
    SimulationPlan plan = PlanCompiler.compile(scenario).plan();
    seriesStart.add(plan.seriesStart[0]);
    return Simulator.run(plan, RunSettings.of(PATHS, 11, 2), Simulator.Progress.NONE);
  }

  @Test
  void negativeBinomial_probabilityOfAtLeastK_matchesTheClosedForm() {
    double cv = 0.20;
    double mean = LEVEL * (1 + GROWTH_PCT / 100);
    double variance = cv * mean * cv * mean;
    double r = mean * mean / (variance - mean);
    double p = r / (r + mean);
    List<Integer> start = new ArrayList<>();
    SimulationResult result = run(100 * cv, start);
    for (int c = 0; c < KS.length; c++) {
      // P(N >= k) = 1 - P(N <= k - 1) = 1 - I_p(r, k), the regularized incomplete beta.
      double expected = 1 - Beta.regularizedBeta(p, r, KS[c]);
      double se = SimulationResult.binomialStdError(expected, PATHS);
      assertEquals(expected, result.probabilityMet(c), 3 * se, "k = " + KS[c]);
    }
    assertWholeQuantiles(result, start.get(0));
  }

  @Test
  void littleSpread_isPoisson() {
    double mean = LEVEL * (1 + GROWTH_PCT / 100);
    List<Integer> start = new ArrayList<>();
    SimulationResult result = run(5, start); // (0.05 * 88)^2 = 19.4 < 88: Poisson
    PoissonDistribution poisson = new PoissonDistribution(mean);
    for (int c = 0; c < KS.length; c++) {
      double expected = 1 - poisson.cumulativeProbability(KS[c] - 1);
      double se = SimulationResult.binomialStdError(expected, PATHS);
      assertEquals(expected, result.probabilityMet(c), 3 * se, "k = " + KS[c]);
    }
    assertWholeQuantiles(result, start.get(0));
  }

  /** Every month's year-to-date quantiles (the fan) are whole numbers. */
  private static void assertWholeQuantiles(SimulationResult result, int seriesStart) {
    for (int t = 0; t < Year.MONTHS; t++) {
      for (double q : result.series().get(seriesStart + t).quantiles()) {
        assertTrue(q == Math.rint(q), "month " + t + ": " + q);
      }
    }
  }
}
