package dev.zhanwang.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhanwang.data.Baseline;
import dev.zhanwang.data.Figure;
import dev.zhanwang.data.History;
import dev.zhanwang.data.Target;
import dev.zhanwang.data.Year;
import dev.zhanwang.scenario.Correlation;
import dev.zhanwang.scenario.RunSettings;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.sim.PlanCompiler;
import dev.zhanwang.sim.SimulationResult;
import dev.zhanwang.sim.Simulator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each fitted model draws next year's growth by two paths, the backtest's
 * ({@link FittedModel#sampleAnnualLogGrowth}) and the simulation kernel's (a scenario stating the
 * fit, {@link FittedModel#inScenario}), and both give the same distribution: a two-sample test of
 * {@code P(G >= c)} at the backtest draws' 10%, 50% and 90% quantiles, each within 4 standard
 * errors of the difference (7 models x 3 points: a false alarm in under 1 run in 500).
 * negative-binomial is not fitted to histories, so it has no backtest path.
 */
class SamplerPathsTest {
  private static final int DRAWS = 200_000;
  private static final History HISTORY = SyntheticHistory.example(20230203, 30, 2022);

  @ParameterizedTest
  @EnumSource(
      value = GrowthModel.class,
      names = "NEGATIVE_BINOMIAL",
      mode = EnumSource.Mode.EXCLUDE)
  void backtestAndKernel_sameFit_sameDistribution(GrowthModel model) {
    String id = switch (model) {
      case IID_LOGNORMAL -> "synthetic_iid_output";
      case SPLIT_NORMAL -> "synthetic_split_revenue";
      case STUDENT_T -> "synthetic_t_investment";
      case ETS_TREND -> "synthetic_trend_enterprises";
      case BOOTSTRAP -> "synthetic_shock_land";
      case FACTOR -> "synthetic_auto_cycle_a";
      case AR1_MONTHLY -> "synthetic_ar1_vehicles";
      case NEGATIVE_BINOMIAL -> throw new IllegalArgumentException("not fitted");
    };
    FittedModel fit = Calibration.fit(model, HISTORY, List.of(id)).get(id);
    if (fit instanceof Ar1MonthlyFit ar1) {
      // A scenario's year starts from no shock; so does this fit's forecast, for the comparison.
      fit = new Ar1MonthlyFit(
          id, ar1.monthMeans(), ar1.phi(), ar1.sigma(), ar1.n(), 0.0, ar1.lastYear());
    }
    double[] backtest =
        fit.sampleAnnualLogGrowth(RandomSource.XO_RO_SHI_RO_128_PP.create(7L), DRAWS);
    double[] sorted = backtest.clone();
    Arrays.sort(sorted);
    double[] thresholds = {
      between(sorted, DRAWS / 10), between(sorted, DRAWS / 2), between(sorted, 9 * DRAWS / 10)
    };
    double[] kernel = kernelProbabilities(fit, thresholds);
    for (int j = 0; j < thresholds.length; j++) {
      double c = thresholds[j];
      double fromBacktest = (double) Arrays.stream(backtest).filter(g -> g >= c).count() / DRAWS;
      double se = Math.sqrt(
          fromBacktest * (1 - fromBacktest) / DRAWS + kernel[j] * (1 - kernel[j]) / DRAWS);
      assertEquals(fromBacktest, kernel[j], 4 * se, model.label() + ": P(G >= " + c + ")");
    }
  }

  /**
   * Halfway from the {@code i}-th sorted draw to the next larger one: never on an atom of a
   * discrete distribution (bootstrap's resampled years), where each path's rounding to single
   * precision would decide on which side a draw falls.
   */
  private static double between(double[] sorted, int i) {
    int next = i;
    while (next < sorted.length - 1 && sorted[next] <= sorted[i] + 1e-9) {
      next++;
    }
    return (sorted[i] + sorted[next]) / 2;
  }

  /**
   * {@code P(G >= c)} for each threshold, simulated by the kernel for a scenario that states the
   * fit: a rate with the fit's growth and uncertainty (annual models), or for ar1-monthly a flow
   * whose expected months are the fit's, so that its year to date over the last year's total is
   * {@code exp(G)}.
   */
  private static double[] kernelProbabilities(FittedModel fit, double[] thresholds) {
    String id = fit.indicator();
    boolean monthly = fit instanceof Ar1MonthlyFit;
    double base = 1.0;
    double[] shares = IndicatorSpec.flatSeasonality();
    double growthPct;
    OptionalDouble uncertainty;
    if (fit instanceof Ar1MonthlyFit ar1) {
      double[] expected = new double[Year.MONTHS];
      double level = ar1.lastYear()[Year.MONTHS - 1];
      for (int t = 0; t < expected.length; t++) {
        level *= Math.exp(ar1.monthMeans()[t]);
        expected[t] = level;
      }
      double total = Arrays.stream(expected).sum();
      base = Arrays.stream(ar1.lastYear()).sum();
      for (int t = 0; t < shares.length; t++) {
        shares[t] = expected[t] / total;
      }
      growthPct = 100 * (total / base - 1);
      uncertainty = OptionalDouble.empty();
    } else {
      growthPct = fit.estimate("growth_pct");
      uncertainty = OptionalDouble.of(fit.estimate("uncertainty_pct"));
    }
    List<Target> targets = new ArrayList<>();
    for (double c : thresholds) {
      targets.add(
          monthly
              ? new Target(
                  "t" + targets.size(),
                  id,
                  id,
                  id,
                  "u",
                  OptionalDouble.of(base * Math.exp(c)),
                  OptionalDouble.empty(),
                  "test",
                  "test")
              : new Target(
                  "t" + targets.size(),
                  id,
                  id,
                  id,
                  "%",
                  OptionalDouble.empty(),
                  OptionalDouble.of(100 * Math.expm1(c)),
                  "test",
                  "test"));
    }
    List<Figure> figures = monthly
        ? List.of(new Figure(
            id, id, id, "u", OptionalDouble.of(base), OptionalDouble.empty(), "test", "test"))
        : List.of();
    IndicatorSpec spec = new IndicatorSpec(
        id,
        monthly,
        growthPct,
        uncertainty,
        shares,
        GrowthPath.YEAR_OVER_YEAR,
        "",
        fit.inScenario());
    Scenario scenario = new Scenario(
        Path.of("paths.yaml"),
        List.of(),
        List.of(),
        "paths",
        "",
        new Baseline(figures, targets),
        2023,
        RunSettings.of(DRAWS, 11, 2),
        List.of(spec),
        List.of(),
        Correlation.none(),
        List.of(),
        List.of());
    SimulationResult result = Simulator.run(
        PlanCompiler.compile(scenario).plan(), scenario.settings(), Simulator.Progress.NONE);
    double[] probabilities = new double[thresholds.length];
    for (int j = 0; j < thresholds.length; j++) {
      probabilities[j] = result.probabilityMet(j);
    }
    return probabilities;
  }
}
