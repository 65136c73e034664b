package dev.zhanwang.sim;

import static dev.zhanwang.sim.TestScenarios.annual;
import static dev.zhanwang.sim.TestScenarios.flowFigure;
import static dev.zhanwang.sim.TestScenarios.growthTarget;
import static dev.zhanwang.sim.TestScenarios.levelTarget;
import static dev.zhanwang.sim.TestScenarios.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhanwang.model.GrowthModel;
import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.model.SplitNormal;
import dev.zhanwang.scenario.EventSpec;
import dev.zhanwang.scenario.Scenario;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** The kernel's model variants against their closed forms, within 3 Monte Carlo errors. */
class ModelVariantsTest {
  private static final NormalDistribution STANDARD = new NormalDistribution(0, 1);
  private static final int PATHS = 200_000;

  private static SimulationResult run(Scenario scenario) {
    return Simulator.run(
        PlanCompiler.compile(scenario).plan(),
        scenario.settings().withThreads(2),
        Simulator.Progress.NONE);
  }

  private static Scenario rate(GrowthModel model, double skew, double df, double targetPct) {
    return scenario(
        List.of(),
        List.of(growthTarget("va_growth", "va", targetPct)),
        List.of(annual("va", false, model, 8.0, 3.0, skew, df, Map.of())),
        List.of(),
        PATHS,
        17);
  }

  /** Growth in percent at quantile q of annual log-growth with the given quantile function. */
  private static double growthPct(double logGrowth) {
    return 100 * (Math.exp(logGrowth) - 1);
  }

  @Test
  void splitNormal_zeroSkew_reproducesTheNormalModel() {
    double[] normal =
        run(rate(GrowthModel.IID_LOGNORMAL, 0, 0, 9)).series().get(0).quantiles();
    double[] split =
        run(rate(GrowthModel.SPLIT_NORMAL, 0, 0, 9)).series().get(0).quantiles();
    for (int q = 0; q < normal.length; q++) {
      // Same draws, same distribution: only single-precision rounding apart.
      assertEquals(normal[q], split[q], 1e-4, "level " + Simulator.LEVELS[q]);
    }
  }

  @Test
  void splitNormal_skew_matchesTwoPieceNormalQuantilesAndProbability() {
    double skew = -0.4;
    SimulationResult result = run(rate(GrowthModel.SPLIT_NORMAL, skew, 0, 9));
    SplitNormal g = new SplitNormal(Math.log(1.08), 0.03, skew);
    double[] quantiles = result.series().get(0).quantiles();
    for (int q = 0; q < quantiles.length; q++) {
      double level = Simulator.LEVELS[q];
      double x = g.quantile(level);
      double se = Math.sqrt(level * (1 - level) / PATHS) / g.density(x) * 100 * Math.exp(x);
      assertEquals(growthPct(x), quantiles[q], 3 * se, "level " + level);
    }
    double expected = 1 - g.cdf(Math.log(1.09));
    assertEquals(
        expected, result.probabilityMet(0), 3 * SimulationResult.binomialStdError(expected, PATHS));
  }

  @Test
  void studentT_matchesScaledStudentDistribution() {
    double df = 4;
    SimulationResult result = run(rate(GrowthModel.STUDENT_T, 0, df, 14));
    double scale = 0.03 * Math.sqrt((df - 2) / df);
    TDistribution t = new TDistribution(df);
    double expected = 1 - t.cumulativeProbability((Math.log(1.14) - Math.log(1.08)) / scale);
    assertEquals(
        expected, result.probabilityMet(0), 3 * SimulationResult.binomialStdError(expected, PATHS));
    double p95 = Math.log(1.08) + scale * t.inverseCumulativeProbability(0.95);
    double se = Math.sqrt(0.05 * 0.95 / PATHS)
        / (t.density(t.inverseCumulativeProbability(0.95)) / scale)
        * 100
        * Math.exp(p95);
    assertEquals(growthPct(p95), result.series().get(0).quantiles()[6], 3 * se);
  }

  @Test
  void factor_sharedLoadings_giveTheBivariateNormalOrthantProbability() {
    // Targets at the median: each met with probability 1/2; both with 1/4 + asin(rho) / (2 pi).
    Scenario s = scenario(
        List.of(),
        List.of(growthTarget("a_growth", "a", 8.0), growthTarget("b_growth", "b", 6.0)),
        List.of(
            annual("a", false, GrowthModel.FACTOR, 8.0, 3.0, 0, 0, Map.of("cycle", 0.8)),
            annual("b", false, GrowthModel.FACTOR, 6.0, 2.0, 0, 0, Map.of("cycle", 0.6))),
        List.of(),
        PATHS,
        23);
    SimulationResult result = run(s);
    double rho = 0.8 * 0.6;
    double expected = 0.25 + Math.asin(rho) / (2 * Math.PI);
    assertEquals(
        expected,
        result.probabilityAllMet(),
        3 * SimulationResult.binomialStdError(expected, PATHS));
  }

  @Test
  void projectEvents_certainAtAFixedMonth_shiftYearToDateByTheSizeFromThatMonthOn() {
    for (GrowthModel model : List.of(GrowthModel.IID_LOGNORMAL, GrowthModel.AR1_MONTHLY)) {
      IndicatorSpec spec = model == GrowthModel.AR1_MONTHLY
          ? TestScenarios.ar1("output", 12.0, 0.0, 0.5)
          : annual("output", true, model, 12.0, 0.0, 0, 0, Map.of());
      Scenario without = scenario(
          List.of(flowFigure("output", 120.0)), List.of(), List.of(spec), List.of(), 2048, 3);
      double[] shares = new double[12];
      shares[5] = 1.0; // June
      Scenario with = scenario(
          List.of(flowFigure("output", 120.0)),
          List.of(),
          List.of(spec),
          List.of(new EventSpec("plant", "output", 1.0, shares, 2.5, "")),
          2048,
          3);
      SimulationResult a = run(without);
      SimulationResult b = run(with);
      for (int t = 0; t < 12; t++) {
        double shift = 2.5 * Math.max(0, t - 5 + 1);
        assertEquals(
            shift,
            b.series().get(t).mean() - a.series().get(t).mean(),
            1e-4,
            model.label() + " month " + (t + 1));
        assertEquals(
            a.series().get(t).quantiles()[3] + shift,
            b.series().get(t).quantiles()[3],
            1e-4,
            model.label() + " month " + (t + 1));
      }
    }
  }

  @Test
  void projectEvents_withProbabilityP_moveProbabilityMetAsTheMixtureSays() {
    // B = 100, no expected growth, sd 5%, target 100: met with 1/2 without the event. With it
    // (p = 0.4, from January, +10/12 a month = +10 a year) met when 100 e^G + 10 >= 100.
    double[] january = new double[12];
    january[0] = 1.0;
    Scenario s = scenario(
        List.of(flowFigure("output", 100.0)),
        List.of(levelTarget("output_level", "output", 100.0)),
        List.of(annual("output", true, GrowthModel.IID_LOGNORMAL, 0.0, 5.0, 0, 0, Map.of())),
        List.of(new EventSpec("plant", "output", 0.4, january, 10.0 / 12, "")),
        PATHS,
        29);
    double withEvent = 1 - STANDARD.cumulativeProbability(Math.log(0.9) / 0.05);
    double expected = 0.4 * withEvent + 0.6 * 0.5;
    assertEquals(
        expected, run(s).probabilityMet(0), 3 * SimulationResult.binomialStdError(expected, PATHS));
  }
}
