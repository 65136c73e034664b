package dev.zhanwang.sim;

import static dev.zhanwang.sim.TestScenarios.ar1;
import static dev.zhanwang.sim.TestScenarios.flowFigure;
import static dev.zhanwang.sim.TestScenarios.growthTarget;
import static dev.zhanwang.sim.TestScenarios.iid;
import static dev.zhanwang.sim.TestScenarios.levelTarget;
import static dev.zhanwang.sim.TestScenarios.scenario;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.forecast.ForecastBuilder;
import dev.zhanwang.forecast.IndicatorFan;
import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.model.Sampling;
import dev.zhanwang.scenario.CompositeSpec;
import dev.zhanwang.scenario.Correlation;
import dev.zhanwang.scenario.RunSettings;
import dev.zhanwang.scenario.Scenario;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class SimulatorTest {
  private static final NormalDistribution STANDARD = new NormalDistribution(0, 1);
  private static final int PATHS = 200_000;

  private static SimulationResult run(SimulationPlan plan, RunSettings settings) {
    return Simulator.run(plan, settings, Simulator.Progress.NONE);
  }

  /** Monte Carlo standard error of the sample q-quantile of N(mu, sd) in log space, mapped back. */
  private static double quantileStdError(double q, double sd, int n) {
    double density = STANDARD.density(STANDARD.inverseCumulativeProbability(q)) / sd;
    return Math.sqrt(q * (1 - q) / n) / density;
  }

  @Test
  void iidLognormalFlow_levelTarget_matchesClosedFormProbabilityAndQuantiles() {
    double base = 100.0;
    double g = 0.08;
    double sd = 0.05;
    Scenario s = scenario(
        List.of(flowFigure("output", base)),
        List.of(levelTarget("output_level", "output", 110.0)),
        List.of(iid("output", true, 100 * g, 100 * sd)),
        List.of(),
        Correlation.none(),
        PATHS,
        42);
    PlanCompiler.Compiled compiled = PlanCompiler.compile(s);
    SimulationResult result = run(compiled.plan(), RunSettings.of(PATHS, 42, 2));

    double expected = 1 - STANDARD.cumulativeProbability((Math.log(1.10) - Math.log1p(g)) / sd);
    double p = result.probabilityMet(0);
    assertEquals(expected, p, 3 * SimulationResult.binomialStdError(expected, PATHS));

    // December year-to-date = B exp(G): its log-quantiles are ln B + ln(1+g) + sd z_q.
    double[] quantiles = result.series().get(11).quantiles();
    for (int i = 0; i < Simulator.LEVELS.length; i++) {
      double q = Simulator.LEVELS[i];
      double logExpected =
          Math.log(base) + Math.log1p(g) + sd * STANDARD.inverseCumulativeProbability(q);
      assertEquals(
          logExpected, Math.log(quantiles[i]), 3 * quantileStdError(q, sd, PATHS), "quantile " + q);
    }
  }

  /**
   * The fan of an iid-lognormal flow: every month's year to date is {@code B_m (1 + g) exp(sd Z)},
   * one lognormal per month ({@code B_m} the 2022 year to date on the seasonal shares), so each
   * quantile the fans draw, at every one of {@link Simulator#FAN_LEVELS} and every month, is
   * {@code B_m (1 + g) exp(sd z_q)}. Within 4 Monte Carlo standard errors of the log-quantile
   * ({@code sqrt(q (1 - q) / n) / (phi(z_q) / sd)}): 13 levels are checked on one seed, and 4
   * keeps a chance miss below one seed in a thousand, while a quantile taken at the neighbouring
   * level (0.25 for 0.20) is off by some fifty standard errors.
   */
  @Test
  void iidLognormalFlow_fanQuantiles_matchLognormalQuantilesEveryMonthAndLevel() {
    double base = 100.0;
    double g = 0.08;
    double sd = 0.05;
    double[] shares = {0.04, 0.06, 0.08, 0.08, 0.08, 0.10, 0.08, 0.08, 0.09, 0.09, 0.10, 0.12};
    IndicatorSpec spec = new IndicatorSpec(
        "output",
        true,
        100 * g,
        java.util.OptionalDouble.of(100 * sd),
        shares,
        dev.zhanwang.model.GrowthPath.YEAR_OVER_YEAR,
        "",
        new dev.zhanwang.model.IidLognormal());
    Scenario s = scenario(
        List.of(flowFigure("output", base)),
        List.of(levelTarget("output_level", "output", 110.0)),
        List.of(spec),
        List.of(),
        Correlation.none(),
        PATHS,
        42);
    PlanCompiler.Compiled compiled = PlanCompiler.compile(s);
    SimulationResult result = run(compiled.plan(), RunSettings.of(PATHS, 42, 2));
    IndicatorFan fan = ForecastBuilder.build(s, compiled, result).fans().get(0);

    assertArrayEquals(Simulator.FAN_LEVELS, fan.levels());
    double cumulative = 0.0;
    for (int m = 0; m < 12; m++) {
      cumulative += base * shares[m];
      assertEquals(cumulative, fan.ytd2022()[m], 1e-9 * base, "2022 path, month " + (m + 1));
      for (int i = 0; i < Simulator.FAN_LEVELS.length; i++) {
        double q = Simulator.FAN_LEVELS[i];
        double logExpected =
            Math.log(cumulative) + Math.log1p(g) + sd * STANDARD.inverseCumulativeProbability(q);
        assertEquals(
            logExpected,
            Math.log(fan.ytdQuantiles()[m][i]),
            4 * quantileStdError(q, sd, PATHS),
            "month " + (m + 1) + ", level " + q);
      }
    }
  }

  @Test
  void iidLognormalRate_growthTarget_matchesClosedForm() {
    double g = 0.09;
    double sd = 0.02;
    Scenario s = scenario(
        List.of(),
        List.of(growthTarget("va_growth", "va", 10.0)),
        List.of(iid("va", false, 100 * g, 100 * sd)),
        List.of(),
        Correlation.none(),
        PATHS,
        7);
    PlanCompiler.Compiled compiled = PlanCompiler.compile(s);
    SimulationResult result = run(compiled.plan(), RunSettings.of(PATHS, 7, 2));

    double expected = 1 - STANDARD.cumulativeProbability((Math.log(1.10) - Math.log1p(g)) / sd);
    assertEquals(
        expected, result.probabilityMet(0), 3 * SimulationResult.binomialStdError(expected, PATHS));
    double median = result.series().get(0).quantiles()[3];
    assertEquals(100 * g, median, 3 * 100 * 1.09 * quantileStdError(0.5, sd, PATHS));
  }

  @Test
  void run_oneOrFourThreads_identicalResults() {
    Scenario s = correlatedPair(0.5, 50_000);
    PlanCompiler.Compiled compiled = PlanCompiler.compile(s);
    SimulationResult one = run(compiled.plan(), RunSettings.of(50_000, 3, 1));
    SimulationResult four = run(compiled.plan(), RunSettings.of(50_000, 3, 4));
    for (int i = 0; i < one.series().size(); i++) {
      assertArrayEquals(one.series().get(i).quantiles(), four.series().get(i).quantiles());
      assertEquals(one.series().get(i).mean(), four.series().get(i).mean(), 0.0);
      assertEquals(one.series().get(i).sd(), four.series().get(i).sd(), 0.0);
    }
    assertArrayEquals(one.met(), four.met());
    assertArrayEquals(one.shortfall(), four.shortfall());
    assertEquals(one.allMet(), four.allMet());
  }

  @Test
  void run_otherSeed_differentNumbers() {
    PlanCompiler.Compiled compiled = PlanCompiler.compile(correlatedPair(0.5, 20_000));
    SimulationResult a = run(compiled.plan(), RunSettings.of(20_000, 1, 2));
    SimulationResult b = run(compiled.plan(), RunSettings.of(20_000, 2, 2));
    assertTrue(a.series().get(11).mean() != b.series().get(11).mean());
  }

  @Test
  void correlation_perfect_jointProbabilityIsTheSmallerMarginal() {
    PlanCompiler.Compiled compiled = PlanCompiler.compile(correlatedPair(1.0, PATHS));
    SimulationResult r = run(compiled.plan(), RunSettings.of(PATHS, 11, 2));
    double smaller = Math.min(r.probabilityMet(0), r.probabilityMet(1));
    assertEquals(smaller, r.probabilityAllMet(), 1e-12);
  }

  @Test
  void correlation_none_jointProbabilityIsTheProduct() {
    PlanCompiler.Compiled compiled = PlanCompiler.compile(correlatedPair(0.0, PATHS));
    SimulationResult r = run(compiled.plan(), RunSettings.of(PATHS, 13, 2));
    double product = r.probabilityMet(0) * r.probabilityMet(1);
    assertEquals(
        product, r.probabilityAllMet(), 3 * SimulationResult.binomialStdError(product, PATHS));
  }

  @Test
  void ar1Monthly_uncertainty_setsTheSdOfAnnualLogGrowth() {
    double sd = 0.06;
    Scenario s = scenario(
        List.of(flowFigure("fai", 300.0)),
        List.of(),
        List.of(ar1("fai", 6.0, 100 * sd, 0.5)),
        List.of(),
        Correlation.none(),
        PATHS,
        5);
    PlanCompiler.Compiled compiled = PlanCompiler.compile(s);
    SimulationResult r = run(compiled.plan(), RunSettings.of(PATHS, 5, 2));
    double[] q = r.series().get(11).quantiles();
    double z95 = STANDARD.inverseCumulativeProbability(0.95);
    double impliedSd = (Math.log(q[6]) - Math.log(q[0])) / (2 * z95);
    // First-order calibration: the log of a sum of lognormals is close to, not exactly, normal.
    assertEquals(sd, impliedSd, 0.03 * sd);
    assertEquals(Math.log(300.0 * 1.06), Math.log(q[3]), 0.005);
  }

  @Test
  void composite_weightedGrowth_hasTheWeightedMedianOfSymmetricInputs() {
    Scenario s = scenario(
        List.of(),
        List.of(growthTarget("gdp_growth", "gdp", 8.0)),
        List.of(iid("a", false, 7.0, 0.0), iid("b", false, 9.0, 0.0)),
        List.of(new CompositeSpec("gdp", Map.of("a", 0.25, "b", 0.75), "")),
        Correlation.none(),
        1000,
        1);
    PlanCompiler.Compiled compiled = PlanCompiler.compile(s);
    SimulationResult r = run(compiled.plan(), RunSettings.of(1000, 1, 1));
    assertEquals(0.25 * 7 + 0.75 * 9, r.series().get(2).mean(), 1e-9);
    assertEquals(1.0, r.probabilityMet(0));
  }

  @Test
  void latinHypercube_mixedAr1AndIid_sameDistributionAsMonteCarlo() {
    int paths = PATHS;
    SimulationPlan plan = PlanCompiler.compile(mixedTrio(paths)).plan();
    RunSettings monteCarlo = RunSettings.of(paths, 17, 2);
    SimulationResult a = run(plan, monteCarlo);
    SimulationResult b = run(plan, monteCarlo.withSampling(Sampling.LATIN_HYPERCUBE));
    // Each estimate within 4 standard errors of the difference (taking Latin hypercube's to be
    // no larger than Monte Carlo's): every P(met), and the mean and sd of the year-to-date
    // value in January, June and December of the ar1 indicator c and December of a and b.
    for (int c = 0; c < 3; c++) {
      double p = a.probabilityMet(c);
      double difference = b.probabilityMet(c) - p;
      System.out.printf(
          "latin hypercube - monte carlo, P(met) %d: %.5f (s.e. %.5f)%n",
          c, difference, SimulationResult.binomialStdError(p, paths));
      assertEquals(
          0,
          difference,
          4 * Math.sqrt(2) * SimulationResult.binomialStdError(p, paths),
          "P(met) " + c);
    }
    for (int series : new int[] {11, 23, 24, 29, 35}) {
      SeriesSummary plain = a.series().get(series);
      SeriesSummary stratified = b.series().get(series);
      double meanError = Math.sqrt(2) * plain.sd() / Math.sqrt(paths);
      assertEquals(plain.mean(), stratified.mean(), 4 * meanError, "mean of series " + series);
      // The sample sd's relative s.e. is about 1 / sqrt(2 n) (a little more for skewed values).
      double sdError = Math.sqrt(2) * 1.5 / Math.sqrt(2.0 * paths);
      assertEquals(1.0, stratified.sd() / plain.sd(), 4 * sdError, "sd of series " + series);
    }
  }

  @Test
  void latinHypercube_mixedAr1AndIid_lowersTheVarianceOfAnnualShockEstimatesAndNotOfAr1() {
    int paths = 4096;
    int seeds = 40;
    SimulationPlan plan = PlanCompiler.compile(mixedTrio(paths)).plan();
    // P(met) of a, P(met) of b, December mean of a (iid), then P(met) and December mean of c (ar1).
    double[][] plain = new double[5][seeds];
    double[][] stratified = new double[5][seeds];
    for (int seed = 0; seed < seeds; seed++) {
      RunSettings monteCarlo = RunSettings.of(paths, seed, 2);
      SimulationResult[] runs = {
        run(plan, monteCarlo), run(plan, monteCarlo.withSampling(Sampling.LATIN_HYPERCUBE))
      };
      double[][][] into = {
        {plain[0], plain[1], plain[2], plain[3], plain[4]},
        {stratified[0], stratified[1], stratified[2], stratified[3], stratified[4]}
      };
      for (int r = 0; r < 2; r++) {
        into[r][0][seed] = runs[r].probabilityMet(0);
        into[r][1][seed] = runs[r].probabilityMet(1);
        into[r][2][seed] = runs[r].series().get(11).mean();
        into[r][3][seed] = runs[r].probabilityMet(2);
        into[r][4][seed] = runs[r].series().get(35).mean();
      }
    }
    org.apache.commons.math3.stat.descriptive.moment.Variance variance =
        new org.apache.commons.math3.stat.descriptive.moment.Variance();
    for (int i = 0; i < 5; i++) {
      double ratio = variance.evaluate(stratified[i]) / variance.evaluate(plain[i]);
      System.out.printf(
          "latin hypercube / monte carlo variance, estimate %d (%s): %.4f%n",
          i, i < 3 ? "iid" : "ar1", ratio);
      if (i < 3) {
        // With 40 seeds an F-ratio below 0.5 happens by chance with probability < 2% when the
        // variances are equal; stratifying the annual shock should bring it far lower.
        assertTrue(ratio < 0.5, "estimate " + i + ": variance ratio " + ratio);
      } else {
        // ar1's year is only partly its mean innovation: less gain, but never a loss.
        assertTrue(ratio < 1.0, "estimate " + i + ": variance ratio " + ratio);
      }
    }
    // And it is still right: a's probability against the closed form within 3 MC s.e.
    double expected = 1 - STANDARD.cumulativeProbability((Math.log(1.05) - Math.log(1.06)) / 0.04);
    double mean = java.util.Arrays.stream(stratified[0]).average().orElseThrow();
    assertEquals(expected, mean, 3 * SimulationResult.binomialStdError(expected, paths * seeds));
  }

  @Test
  void latinHypercube_lastChunkShorter_stratifiesItAlone() {
    int paths = 2 * Simulator.CHUNK + 1000;
    SimulationResult r = run(
        PlanCompiler.compile(correlatedPair(0.5, paths)).plan(),
        RunSettings.of(paths, 3, 2).withSampling(Sampling.LATIN_HYPERCUBE));
    // a's shock is its stratified normal alone: each chunk meets a's target on exactly its
    // share of strata, give or take the one stratum the threshold falls in.
    double expected = 1 - STANDARD.cumulativeProbability((Math.log(1.05) - Math.log(1.06)) / 0.04);
    assertEquals(expected, r.probabilityMet(0), 3.0 / paths);
    assertTrue(
        Double.isFinite(r.series().get(11).mean()), "mean " + r.series().get(11).mean());
  }

  @Test
  void run_precisionTarget_stopsBelowItWithTheResultOfThatManyPaths() {
    SimulationPlan plan = PlanCompiler.compile(correlatedPair(0.5, 1)).plan();
    List<Long> batches = new java.util.ArrayList<>();
    Simulator.Progress progress = new Simulator.Progress() {
      @Override
      public void advanced(long done, long total) {}

      @Override
      public void batchDone(long paths, double largestStdError, double wanted) {
        batches.add(paths);
      }
    };
    RunSettings settings =
        RunSettings.of(10_000, 21, 2).withPrecision(new RunSettings.Precision(0.003, 1_000_000));
    SimulationResult result = Simulator.run(plan, settings, progress);
    for (int c = 0; c < 2; c++) {
      assertTrue(result.probabilityStdError(c) <= 0.003, "s.e. " + result.probabilityStdError(c));
    }
    // The first batch is the settings' paths, as given; the next ones whole chunks.
    assertEquals(10_000, batches.get(0));
    assertTrue(batches.size() >= 2, batches.toString());
    assertEquals(result.paths(), batches.get(batches.size() - 1));
    assertEquals(0, result.paths() % Simulator.CHUNK);
    SimulationResult direct = run(plan, RunSettings.of(result.paths(), 21, 1));
    assertArrayEquals(direct.met(), result.met());
    assertArrayEquals(
        direct.series().get(11).quantiles(), result.series().get(11).quantiles());
  }

  @Test
  void run_precisionMetByTheFirstBatch_isThePlainRunOfItsPaths() {
    SimulationPlan plan = PlanCompiler.compile(correlatedPair(0.5, 1)).plan();
    RunSettings plain = RunSettings.of(50_000, 21, 2);
    SimulationResult result =
        run(plan, plain.withPrecision(new RunSettings.Precision(0.01, 1_000_000)));
    assertEquals(50_000, result.paths());
    assertArrayEquals(run(plan, plain).met(), result.met());
  }

  @Test
  void run_precisionCap_stopsAtTheCap() {
    SimulationPlan plan = PlanCompiler.compile(correlatedPair(0.5, 1)).plan();
    SimulationResult result = run(
        plan,
        RunSettings.of(4096, 21, 2).withPrecision(new RunSettings.Precision(0.0001, 3 * 4096)));
    assertEquals(3 * 4096, result.paths());
  }

  /** Flows a and b iid-lognormal, c ar1-monthly, shocks correlated 0.5, a level target each. */
  private static Scenario mixedTrio(int paths) {
    double[][] matrix = {{1, 0.5, 0.5}, {0.5, 1, 0.5}, {0.5, 0.5, 1}};
    return scenario(
        List.of(flowFigure("a", 100.0), flowFigure("b", 50.0), flowFigure("c", 200.0)),
        List.of(
            levelTarget("a_level", "a", 105.0),
            levelTarget("b_level", "b", 56.0),
            levelTarget("c_level", "c", 220.0)),
        List.of(iid("a", true, 6.0, 4.0), iid("b", true, 10.0, 6.0), ar1("c", 8.0, 6.0, 0.5)),
        List.of(),
        new Correlation(List.of("a", "b", "c"), matrix, ""),
        paths,
        1);
  }

  private static Scenario correlatedPair(double rho, int paths) {
    return scenario(
        List.of(flowFigure("a", 100.0), flowFigure("b", 50.0)),
        List.of(levelTarget("a_level", "a", 105.0), levelTarget("b_level", "b", 56.0)),
        List.of(iid("a", true, 6.0, 4.0), iid("b", true, 10.0, 6.0)),
        List.of(),
        new Correlation(List.of("a", "b"), new double[][] {{1, rho}, {rho, 1}}, ""),
        paths,
        1);
  }
}
