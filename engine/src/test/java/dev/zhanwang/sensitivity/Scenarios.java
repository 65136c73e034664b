package dev.zhanwang.sensitivity;

import dev.zhanwang.data.Baseline;
import dev.zhanwang.data.Figure;
import dev.zhanwang.data.Target;
import dev.zhanwang.model.GrowthPath;
import dev.zhanwang.model.IidLognormal;
import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.scenario.Correlation;
import dev.zhanwang.scenario.RunSettings;
import dev.zhanwang.scenario.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Scenarios of lognormal flows built in code, whose P(met) has a closed form: a flow with 2022
 * level {@code B}, growth {@code g} and uncertainty {@code sd} ends the year at
 * {@code B (1 + g) exp(sd Z)}, so a level target {@code V} is met with probability
 * {@code Phi((ln(1 + g) - ln(V / B)) / sd)}.
 */
final class Scenarios {
  static final double LEVEL_2022 = 100.0;

  private Scenarios() {}

  /** One lognormal flow, in percent. */
  record Flow(String id, double growthPct, double uncertaintyPct, double targetLevel) {}

  static Scenario of(List<Flow> flows, Correlation correlation, long paths, long seed) {
    List<Figure> figures = new ArrayList<>();
    List<Target> targets = new ArrayList<>();
    List<IndicatorSpec> specs = new ArrayList<>();
    for (Flow flow : flows) {
      figures.add(new Figure(
          flow.id(),
          flow.id(),
          flow.id(),
          "亿元",
          OptionalDouble.of(LEVEL_2022),
          OptionalDouble.empty(),
          "test",
          "test"));
      targets.add(new Target(
          flow.id() + "_target",
          flow.id(),
          flow.id(),
          flow.id(),
          "亿元",
          OptionalDouble.of(flow.targetLevel()),
          OptionalDouble.empty(),
          "test",
          "test"));
      specs.add(new IndicatorSpec(
          flow.id(),
          true,
          flow.growthPct(),
          OptionalDouble.of(flow.uncertaintyPct()),
          IndicatorSpec.flatSeasonality(),
          GrowthPath.YEAR_OVER_YEAR,
          "",
          new IidLognormal()));
    }
    return new Scenario(
        Path.of("test.yaml"),
        List.of(Path.of("test.yaml")),
        List.of(),
        "test",
        "",
        new Baseline(figures, targets),
        2023,
        RunSettings.of(paths, seed).withThreads(2),
        specs,
        List.of(),
        correlation,
        List.of(),
        List.of());
  }

  /** The closed-form P(met) of a level target {@code v} at growth and uncertainty in percent. */
  static double probabilityMet(double growthPct, double uncertaintyPct, double v) {
    double z = (Math.log1p(growthPct / 100) - Math.log(v / LEVEL_2022)) / (uncertaintyPct / 100);
    return dev.zhanwang.model.StandardNormal.cdf(z);
  }
}
