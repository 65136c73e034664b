package dev.zhanwang.forecast;

import static dev.zhanwang.data.Year.MONTHS;

import dev.zhanwang.data.Figure;
import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Problem;
import dev.zhanwang.model.GrowthPath;
import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.scenario.CompositeSpec;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.sim.Histogram;
import dev.zhanwang.sim.PlanCompiler;
import dev.zhanwang.sim.PlannedCriterion;
import dev.zhanwang.sim.PlannedGroup;
import dev.zhanwang.sim.SampledPaths;
import dev.zhanwang.sim.SeriesInfo;
import dev.zhanwang.sim.SeriesSummary;
import dev.zhanwang.sim.SimulationResult;
import dev.zhanwang.sim.Simulator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the kernel's result (plan units) into a {@link Forecast} on the targets' own scales:
 * levels in their units, growth in percent, the fan of every flow indicator.
 */
public final class ForecastBuilder {
  private ForecastBuilder() {}

  public static Forecast build(
      Scenario scenario, PlanCompiler.Compiled compiled, SimulationResult result) {
    List<IndicatorFan> fans = new ArrayList<>();
    for (IndicatorSpec spec : scenario.indicators()) {
      if (spec.flow()) {
        fans.add(fan(scenario, spec, compiled, result));
      }
    }
    List<TargetOutcome> outcomes = new ArrayList<>();
    for (PlannedCriterion planned : compiled.criteria()) {
      outcomes.add(outcome(planned, result));
    }
    fans.forEach(fan -> requireFinite(scenario, fan.indicator(), fan.ytdMean()));
    outcomes.forEach(outcome ->
        requireFinite(scenario, outcome.target().indicator(), outcome.outcome().quantiles()));
    double allMet = compiled.criteria().isEmpty() ? Double.NaN : result.probabilityAllMet();
    return new Forecast(
        scenario.name(),
        scenario.description(),
        scenario.year(),
        result.paths(),
        result.seed(),
        fans,
        outcomes,
        compiled.notForecast(),
        allMet,
        SimulationResult.binomialStdError(allMet, result.paths()),
        assumptions(scenario),
        joint(scenario, compiled, result, outcomes),
        result.samples().map(values -> samples(scenario, compiled, values)));
  }

  /** The sampled paths with what each annual value and met flag is about. */
  private static PathSamples samples(
      Scenario scenario, PlanCompiler.Compiled compiled, SampledPaths values) {
    List<PathSamples.Quantity> quantities = new ArrayList<>();
    for (IndicatorSpec spec : scenario.indicators()) {
      if (spec.flow()) { // a flow has a 2022 figure with a level; a rate may have none
        Figure figure = scenario.baseline().figure(spec.id()).orElseThrow();
        quantities.add(new PathSamples.Quantity(
            spec.id(), figure.unit(), true, figure.value().getAsDouble()));
      } else {
        quantities.add(new PathSamples.Quantity(spec.id(), "%", false, Double.NaN));
      }
    }
    for (CompositeSpec composite : scenario.composites()) {
      quantities.add(new PathSamples.Quantity(composite.id(), "%", false, Double.NaN));
    }
    List<PathSamples.Check> checks = compiled.criteria().stream()
        .map(planned -> new PathSamples.Check(
            planned.target().id(), planned.growth() ? Criterion.GROWTH : Criterion.LEVEL))
        .toList();
    return new PathSamples(quantities, scenario.indicators().size(), checks, values);
  }

  /** The target groups with their outcomes; {@code outcomes} are in criterion order. */
  private static JointOutcome joint(
      Scenario scenario,
      PlanCompiler.Compiled compiled,
      SimulationResult result,
      List<TargetOutcome> outcomes) {
    List<JointOutcome.Group> groups = new ArrayList<>();
    for (PlannedGroup group : compiled.groups()) {
      groups.add(new JointOutcome.Group(
          group.id(),
          group.rule(),
          group.statements().stream().map(c -> outcomes.get(c.criterion())).toList(),
          group.counted().stream().map(c -> outcomes.get(c.criterion())).toList(),
          result.groups().met()[group.group()]));
    }
    return new JointOutcome(scenario.joint().rule(), groups, result.paths(), result.groups());
  }

  private static IndicatorFan fan(
      Scenario scenario,
      IndicatorSpec spec,
      PlanCompiler.Compiled compiled,
      SimulationResult result) {
    Figure figure = scenario.baseline().figure(spec.id()).orElseThrow();
    double annual2022 = figure.value().getAsDouble();
    double[] shares = spec.growthPath() == GrowthPath.COMPOUND
        ? IndicatorSpec.flatSeasonality()
        : spec.seasonality();
    double[] ytd2022 = new double[MONTHS];
    double[][] ytd = new double[MONTHS][];
    double[][] growth = new double[MONTHS][];
    double[] mean = new double[MONTHS];
    List<SeriesInfo> series = compiled.plan().series();
    double cumulative = 0.0;
    for (int t = 0; t < MONTHS; t++) {
      cumulative += annual2022 * shares[t];
      ytd2022[t] = cumulative;
      SeriesSummary summary = result.series().get(series.indexOf(new SeriesInfo(spec.id(), t)));
      ytd[t] = summary.fanQuantiles();
      growth[t] = new double[ytd[t].length];
      for (int q = 0; q < ytd[t].length; q++) {
        growth[t][q] = 100.0 * (ytd[t][q] / ytd2022[t] - 1.0);
      }
      mean[t] = summary.mean();
    }
    List<Double> targets = new ArrayList<>();
    for (PlannedCriterion planned : compiled.criteria()) {
      if (planned.target().indicator().equals(spec.id())) {
        targets.add(compiled.plan().criteria().get(planned.criterion()).threshold());
      }
    }
    return new IndicatorFan(
        spec.id(),
        figure.nameZh(),
        figure.nameEn(),
        figure.unit(),
        Simulator.FAN_LEVELS,
        ytd2022,
        ytd,
        growth,
        mean,
        targets);
  }

  private static TargetOutcome outcome(PlannedCriterion planned, SimulationResult result) {
    int c = planned.criterion();
    double scale = planned.outcomeScale();
    double shift = planned.outcomeShift();
    SeriesSummary summary = result.series().get(planned.series());
    double[] quantiles = summary.quantiles();
    for (int q = 0; q < quantiles.length; q++) {
      quantiles[q] = scale * quantiles[q] + shift;
    }
    Histogram bins = result.histograms().stream()
        .filter(h -> h.series() == planned.series())
        .findFirst()
        .orElseThrow()
        .histogram();
    double[] edges = bins.edges();
    for (int b = 0; b < edges.length; b++) {
      edges[b] = scale * edges[b] + shift;
    }
    Distribution distribution = new Distribution(
        scale * summary.mean() + shift,
        scale * summary.sd(),
        Simulator.LEVELS,
        quantiles,
        new Histogram(edges, bins.counts()));
    return new TargetOutcome(
        planned.target(),
        planned.growth() ? Criterion.GROWTH : Criterion.LEVEL,
        planned.unit(),
        planned.baseValue(),
        planned.threshold(),
        distribution,
        result.probabilityMet(c),
        result.probabilityStdError(c),
        scale * result.expectedShortfall(c));
  }

  /**
   * Refuses outcomes that overflowed: within the loader's ranges only the fattest tails (student-t
   * near 2 degrees of freedom with a huge uncertainty, at millions of paths) get there, and a
   * planner must hear of it rather than read infinities.
   */
  private static void requireFinite(Scenario scenario, String indicator, double[] values) {
    if (Arrays.stream(values).allMatch(Double::isFinite)) {
      return;
    }
    throw new InvalidInputException(new Problem(
        scenario.file(),
        0,
        0,
        "indicators." + indicator,
        "must give outcomes the simulation can hold, but they overflowed (beyond 10^38): lower"
            + " its uncertainty_pct or raise its df"));
  }

  /** The scenario's stated assumptions, each labelled with what it is about. */
  private static List<String> assumptions(Scenario scenario) {
    List<String> all = new ArrayList<>();
    for (IndicatorSpec spec : scenario.indicators()) {
      if (!spec.assumption().isBlank()) {
        all.add(spec.id() + ": " + spec.assumption().strip());
      }
    }
    for (CompositeSpec composite : scenario.composites()) {
      if (!composite.assumption().isBlank()) {
        all.add(composite.id() + ": " + composite.assumption().strip());
      }
    }
    if (!scenario.correlation().assumption().isBlank()) {
      all.add("correlation: " + scenario.correlation().assumption().strip());
    }
    return all;
  }
}
