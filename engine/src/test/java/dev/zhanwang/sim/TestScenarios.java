package dev.zhanwang.sim;

import dev.zhanwang.data.Baseline;
import dev.zhanwang.data.Figure;
import dev.zhanwang.data.Target;
import dev.zhanwang.model.Ar1Monthly;
import dev.zhanwang.model.Factor;
import dev.zhanwang.model.GrowthModel;
import dev.zhanwang.model.GrowthPath;
import dev.zhanwang.model.IidLognormal;
import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.model.Model;
import dev.zhanwang.model.SplitNormalModel;
import dev.zhanwang.model.StudentT;
import dev.zhanwang.scenario.CompositeSpec;
import dev.zhanwang.scenario.Correlation;
import dev.zhanwang.scenario.EventSpec;
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
    return new Figure(
        id, id, id, "亿元", OptionalDouble.of(level), OptionalDouble.empty(), "test", "test");
  }

  static Target levelTarget(String id, String indicator, double level) {
    return new Target(
        id,
        indicator,
        id,
        id,
        "亿元",
        OptionalDouble.of(level),
        OptionalDouble.empty(),
        "test",
        "test");
  }

  static Target growthTarget(String id, String indicator, double growthPct) {
    return new Target(
        id,
        indicator,
        id,
        id,
        "%",
        OptionalDouble.empty(),
        OptionalDouble.of(growthPct),
        "test",
        "test");
  }

  static IndicatorSpec iid(String id, boolean flow, double growthPct, double uncertaintyPct) {
    return spec(id, flow, growthPct, uncertaintyPct, new IidLognormal());
  }

  static IndicatorSpec ar1(String id, double growthPct, double uncertaintyPct, double phi) {
    return spec(id, true, growthPct, uncertaintyPct, new Ar1Monthly(phi, OptionalDouble.empty()));
  }

  /** An annual model's spec: skew for split-normal, df for student-t, loadings for factor. */
  static IndicatorSpec annual(
      String id,
      boolean flow,
      GrowthModel model,
      double growthPct,
      double uncertaintyPct,
      double skew,
      double df,
      Map<String, Double> loadings) {
    Model parameters = switch (model) {
      case IID_LOGNORMAL -> new IidLognormal();
      case SPLIT_NORMAL -> new SplitNormalModel(skew);
      case STUDENT_T -> new StudentT(df);
      case FACTOR -> new Factor(loadings);
      default -> throw new IllegalArgumentException(model + " is not an annual model");
    };
    return spec(id, flow, growthPct, uncertaintyPct, parameters);
  }

  static IndicatorSpec spec(
      String id, boolean flow, double growthPct, double uncertaintyPct, Model model) {
    return new IndicatorSpec(
        id,
        flow,
        growthPct,
        OptionalDouble.of(uncertaintyPct),
        IndicatorSpec.flatSeasonality(),
        GrowthPath.YEAR_OVER_YEAR,
        "",
        model);
  }

  static Scenario scenario(
      List<Figure> figures,
      List<Target> targets,
      List<IndicatorSpec> specs,
      List<EventSpec> events,
      long paths,
      long seed) {
    return new Scenario(
        Path.of("test.yaml"),
        List.of(Path.of("test.yaml")),
        List.of(),
        "test",
        "",
        new Baseline(figures, targets),
        2023,
        RunSettings.of(paths, seed),
        specs,
        List.of(),
        Correlation.none(),
        events,
        List.of());
  }

  static Scenario scenario(
      List<Figure> figures,
      List<Target> targets,
      List<IndicatorSpec> specs,
      List<CompositeSpec> composites,
      Correlation correlation,
      long paths,
      long seed) {
    return new Scenario(
        Path.of("test.yaml"),
        List.of(Path.of("test.yaml")),
        List.of(),
        "test",
        "",
        new Baseline(figures, targets),
        2023,
        RunSettings.of(paths, seed),
        specs,
        composites,
        correlation,
        List.of(),
        List.of());
  }
}
