package dev.zhanwang.sim;

import dev.zhanwang.data.Baseline;
import dev.zhanwang.data.Figure;
import dev.zhanwang.data.Target;
import dev.zhanwang.model.GrowthModel;
import dev.zhanwang.model.GrowthPath;
import dev.zhanwang.scenario.CompositeSpec;
import dev.zhanwang.scenario.Correlation;
import dev.zhanwang.scenario.EventSpec;
import dev.zhanwang.scenario.IndicatorSpec;
import dev.zhanwang.scenario.RunSettings;
import dev.zhanwang.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Small scenarios built in code, so kernel tests do not depend on the shipped files. */
final class TestScenarios {
  private TestScenarios() {}

  static Figure flowFigure(String id, double level) {
    return new Figure(id, id, id, "亿元", OptionalDouble.of(level), OptionalDouble.empty(), "test",
        "test");
  }

  static Target levelTarget(String id, String indicator, double level) {
    return new Target(id, indicator, id, id, "亿元", OptionalDouble.of(level),
        OptionalDouble.empty(), "test", "test");
  }

  static Target growthTarget(String id, String indicator, double growthPct) {
    return new Target(id, indicator, id, id, "%", OptionalDouble.empty(),
        OptionalDouble.of(growthPct), "test", "test");
  }

  static IndicatorSpec iid(String id, boolean flow, double growthPct, double uncertaintyPct,
      double skew) {
    return new IndicatorSpec(id, flow, GrowthModel.IID_LOGNORMAL, growthPct,
        OptionalDouble.of(uncertaintyPct), OptionalDouble.empty(), 0.0,
        IndicatorSpec.flatSeasonality(), skew, GrowthPath.YEAR_OVER_YEAR, "");
  }

  static IndicatorSpec ar1(String id, double growthPct, double uncertaintyPct, double phi) {
    return new IndicatorSpec(id, true, GrowthModel.AR1_MONTHLY, growthPct,
        OptionalDouble.of(uncertaintyPct), OptionalDouble.empty(), phi,
        IndicatorSpec.flatSeasonality(), 0.0, GrowthPath.YEAR_OVER_YEAR, "");
  }

  static IndicatorSpec annual(String id, boolean flow, GrowthModel model, double growthPct,
      double uncertaintyPct, double skew, double df, Map<String, Double> loadings) {
    return new IndicatorSpec(id, flow, model, growthPct, OptionalDouble.of(uncertaintyPct),
        OptionalDouble.empty(), 0.0, IndicatorSpec.flatSeasonality(), skew,
        GrowthPath.YEAR_OVER_YEAR, "", df, loadings);
  }

  static Scenario scenario(List<Figure> figures, List<Target> targets, List<IndicatorSpec> specs,
      List<EventSpec> events, long paths, long seed) {
    return new Scenario(Path.of("test.yaml"), List.of(Path.of("test.yaml")), List.of(), "test", "",
        new Baseline(figures, targets), 2023, RunSettings.of(paths, seed), specs, List.of(),
        Correlation.none(), events, List.of());
  }

  static Scenario scenario(List<Figure> figures, List<Target> targets, List<IndicatorSpec> specs,
      List<CompositeSpec> composites, Correlation correlation, long paths, long seed) {
    return new Scenario(Path.of("test.yaml"), List.of(Path.of("test.yaml")), List.of(), "test", "",
        new Baseline(figures, targets), 2023, RunSettings.of(paths, seed), specs, composites,
        correlation, List.of(), List.of());
  }
}
