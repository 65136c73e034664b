package dev.zhanwang.sim;

import dev.zhanwang.data.Baseline;
import dev.zhanwang.data.Figure;
import dev.zhanwang.data.History;
import dev.zhanwang.data.HistorySeries;
import dev.zhanwang.data.Target;
import dev.zhanwang.model.Ar1Monthly;
import dev.zhanwang.model.Bootstrap;
import dev.zhanwang.model.Calibration;
import dev.zhanwang.model.EtsTrend;
import dev.zhanwang.model.Factor;
import dev.zhanwang.model.FittedModel;
import dev.zhanwang.model.GrowthModel;
import dev.zhanwang.model.GrowthPath;
import dev.zhanwang.model.IidLognormal;
import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.model.Model;
import dev.zhanwang.model.NegativeBinomial;
import dev.zhanwang.model.SplitNormalModel;
import dev.zhanwang.model.StudentT;
import dev.zhanwang.scenario.Correlation;
import dev.zhanwang.scenario.EventSpec;
import dev.zhanwang.scenario.RunSettings;
import dev.zhanwang.scenario.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * RW1 (shared/perf/RW1.md) built in code, so benchmarks do not depend on the working directory:
 * 12 indicators, annual growth 5%..25%, correlation 0.3, targets 12 base (1 + g). The workload
 * {@value #AR1} is exactly scenarios/bench/rw1.yaml; the other model names keep the sizes and swap
 * the dynamics, for comparing variants on the same workload, and {@value #EVENTS} adds a plant per
 * indicator to iid-lognormal.
 */
final class Rw1 {
  static final int INDICATORS = 12;
  static final long SEED = 20240601L;
  static final String AR1 = "ar1-monthly";
  static final String EVENTS = "project-events";

  private Rw1() {}

  /** The plan of RW1 under {@code workload}: a model's label, or {@value #EVENTS}. */
  static SimulationPlan plan(String workload) {
    List<Figure> figures = new ArrayList<>();
    List<Target> targets = new ArrayList<>();
    List<IndicatorSpec> specs = new ArrayList<>();
    List<EventSpec> events = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    double[][] correlation = new double[INDICATORS][INDICATORS];
    for (int k = 0; k < INDICATORS; k++) {
      double g = 0.05 + 0.20 * k / 11;
      String id = "k" + k;
      ids.add(id);
      figures.add(new Figure(
          id, id, id, "unit", OptionalDouble.of(1200.0), OptionalDouble.empty(), "RW1", "RW1"));
      targets.add(new Target(
          id + "_target",
          id,
          id,
          id,
          "unit",
          OptionalDouble.of(1200.0 * (1 + g)),
          OptionalDouble.empty(),
          "RW1",
          "RW1"));
      specs.add(spec(workload, id, 100 * g));
      if (workload.equals(EVENTS)) {
        events.add(new EventSpec(id + "_plant", id, 0.5, IndicatorSpec.flatSeasonality(), 5.0, ""));
      }
      for (int j = 0; j < INDICATORS; j++) {
        correlation[k][j] = k == j ? 1.0 : 0.3;
      }
    }
    Correlation shocks = workload.equals("factor")
        ? Correlation.none() // the loadings give the same 0.3
        : new Correlation(ids, correlation, "RW1");
    Scenario scenario = new Scenario(
        Path.of("rw1"),
        List.of(),
        List.of(),
        "rw1",
        "",
        new Baseline(figures, targets),
        2023,
        RunSettings.of(1, SEED),
        specs,
        List.of(),
        shocks,
        events,
        List.of());
    return PlanCompiler.compile(scenario).plan();
  }

  /**
   * RW1's indicator under another model, same growth: annual models get a 4% sd of annual
   * log-growth (split-normal skew -0.2, student-t 5 degrees of freedom, factor loading sqrt(0.3)
   * on one cycle, ets-trend's Student-t predictive with 26 degrees of freedom, bootstrap
   * resampling 30 years, negative-binomial counting about 1,300 a year); project-events is
   * iid-lognormal plus one plant per indicator.
   */
  private static IndicatorSpec spec(String workload, String id, double growthPct) {
    if (workload.equals(AR1)) {
      return new IndicatorSpec(
          id,
          true,
          growthPct,
          OptionalDouble.empty(),
          IndicatorSpec.flatSeasonality(),
          GrowthPath.COMPOUND,
          "",
          new Ar1Monthly(0.5, OptionalDouble.of(0.02)));
    }
    Model model = switch (workload) {
      case "split-normal" -> new SplitNormalModel(-0.2);
      case "student-t" -> new StudentT(5.0);
      case "factor" -> new Factor(Map.of("cycle", Math.sqrt(0.3)));
      case "ets-trend" -> new EtsTrend(fitted(GrowthModel.ETS_TREND, id, growthPct));
      case "bootstrap" -> new Bootstrap(fitted(GrowthModel.BOOTSTRAP, id, growthPct));
      case "negative-binomial" -> new NegativeBinomial();
      default -> new IidLognormal();
    };
    return new IndicatorSpec(
        id,
        true,
        growthPct,
        OptionalDouble.of(4.0),
        IndicatorSpec.flatSeasonality(),
        GrowthPath.COMPOUND,
        "",
        model);
  }

  /**
   * {@code model} fitted to thirty years of levels growing at {@code growthPct} on average (sd 4%
   * a year): ets-trend then has 26 degrees of freedom, bootstrap 29 resampled years.
   */
  private static FittedModel fitted(GrowthModel model, String id, double growthPct) {
    SplittableRandom random = new SplittableRandom(SEED);
    double[] levels = new double[30];
    levels[0] = 1200.0;
    for (int y = 1; y < levels.length; y++) {
      levels[y] =
          levels[y - 1] * Math.exp(Math.log1p(growthPct / 100) + 0.04 * random.nextGaussian());
    }
    History history = new History(
        Path.of("rw1-history"),
        List.of(new HistorySeries(id, HistorySeries.Frequency.ANNUAL, 1993, levels, "RW1")));
    return Calibration.fit(model, history, List.of(id)).get(id);
  }
}
