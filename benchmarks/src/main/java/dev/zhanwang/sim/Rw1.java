package dev.zhanwang.sim;

import dev.zhanwang.data.Baseline;
import dev.zhanwang.data.Figure;
import dev.zhanwang.data.Target;
import dev.zhanwang.model.GrowthModel;
import dev.zhanwang.model.GrowthPath;
import dev.zhanwang.scenario.Correlation;
import dev.zhanwang.scenario.IndicatorSpec;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.scenario.SimulationSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
      boolean ar1 = model == GrowthModel.AR1_MONTHLY;
      specs.add(new IndicatorSpec(id, true, model, 100 * g,
          ar1 ? OptionalDouble.empty() : OptionalDouble.of(4.0),
          ar1 ? OptionalDouble.of(0.02) : OptionalDouble.empty(), ar1 ? 0.5 : 0.0,
          IndicatorSpec.flatSeasonality(), 0.0, GrowthPath.COMPOUND, ""));
      for (int j = 0; j < INDICATORS; j++) {
        correlation[k][j] = k == j ? 1.0 : 0.3;
      }
    }
    Scenario scenario = new Scenario(Path.of("rw1"), List.of(), List.of(), "rw1", "",
        new Baseline(figures, targets), new SimulationSettings(2023, 1, SEED), specs, List.of(),
        new Correlation(ids, correlation, "RW1"), List.of());
    return PlanCompiler.compile(scenario).plan();
  }
}
