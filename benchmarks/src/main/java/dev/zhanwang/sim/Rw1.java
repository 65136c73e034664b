package dev.zhanwang.sim;

import dev.zhanwang.data.Baseline;
import dev.zhanwang.data.Figure;
import dev.zhanwang.data.Target;
import dev.zhanwang.model.GrowthModel;
import dev.zhanwang.model.GrowthPath;
import dev.zhanwang.scenario.Correlation;
import dev.zhanwang.scenario.EventSpec;
import dev.zhanwang.scenario.IndicatorSpec;
import dev.zhanwang.scenario.RunSettings;
import dev.zhanwang.scenario.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * RW1 (shared/perf/RW1.md) built in code, so benchmarks do not depend on the working directory:
 * 12 indicators, annual growth 5%..25%, correlation 0.3, targets 12 base (1 + g). With
 * {@link GrowthModel#AR1_MONTHLY} it is exactly scenarios/bench/rw1.yaml; other models keep the
 * sizes and swap the dynamics, for comparing variants on the same workload.
 */
final class Rw1 {
  static final int INDICATORS = 12;
  static final long SEED = 20240601L;

  private Rw1() {}

  static SimulationPlan plan(GrowthModel model) {
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
      figures.add(new Figure(id, id, id, "unit", OptionalDouble.of(1200.0), OptionalDouble.empty(),
          "RW1", "RW1"));
      targets.add(new Target(id + "_target", id, id, id, "unit",
          OptionalDouble.of(1200.0 * (1 + g)), OptionalDouble.empty(), "RW1", "RW1"));
      specs.add(spec(model, id, 100 * g));
      if (model == GrowthModel.PROJECT_EVENTS) {
        events.add(new EventSpec(id + "_plant", id, 0.5, IndicatorSpec.flatSeasonality(), 5.0, ""));
      }
      for (int j = 0; j < INDICATORS; j++) {
        correlation[k][j] = k == j ? 1.0 : 0.3;
      }
    }
    Correlation shocks = model == GrowthModel.FACTOR
        ? Correlation.none() // the loadings give the same 0.3
        : new Correlation(ids, correlation, "RW1");
    Scenario scenario = new Scenario(Path.of("rw1"), List.of(), List.of(), "rw1", "",
        new Baseline(figures, targets), 2023, RunSettings.of(1, SEED), specs, List.of(), shocks,
        events, List.of());
    return PlanCompiler.compile(scenario).plan();
  }

  /**
   * RW1's indicator under another model, same growth: annual models get a 4% sd of annual
   * log-growth (split-normal skew -0.2, student-t 5 degrees of freedom, factor loading sqrt(0.3)
   * on one cycle, ets-trend as fitted to 30 years, bootstrap resampling 30 years);
   * project-events is iid-lognormal plus one plant per indicator.
   */
  private static IndicatorSpec spec(GrowthModel model, String id, double growthPct) {
    if (model == GrowthModel.AR1_MONTHLY) {
      return new IndicatorSpec(id, true, model, growthPct, OptionalDouble.empty(),
          OptionalDouble.of(0.02), 0.5, IndicatorSpec.flatSeasonality(), 0.0, GrowthPath.COMPOUND,
          "");
    }
    GrowthModel annual = model == GrowthModel.PROJECT_EVENTS ? GrowthModel.IID_LOGNORMAL : model;
    return new IndicatorSpec(id, true, annual, growthPct, OptionalDouble.of(4.0),
        OptionalDouble.empty(), 0.0, IndicatorSpec.flatSeasonality(),
        model == GrowthModel.SPLIT_NORMAL ? -0.2 : 0.0, GrowthPath.COMPOUND, "",
        model == GrowthModel.STUDENT_T ? 5.0 : model == GrowthModel.ETS_TREND ? 26.0 : 0.0,
        model == GrowthModel.FACTOR ? Map.of("cycle", Math.sqrt(0.3)) : Map.of(),
        model == GrowthModel.BOOTSTRAP ? history(Math.log1p(growthPct / 100)) : new double[0]);
  }

  /** Thirty years of annual log-growth around {@code mean} (sd 4%), as a bootstrap resamples. */
  private static double[] history(double mean) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(SEED);
    double[] values = new double[30];
    for (int y = 0; y < values.length; y++) {
      values[y] = mean + 0.04 * random.nextGaussian();
    }
    java.util.Arrays.sort(values);
    return values;
  }
}
