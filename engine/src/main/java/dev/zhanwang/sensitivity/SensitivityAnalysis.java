package dev.zhanwang.sensitivity;

import dev.zhanwang.data.Figure;
import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.sim.MetPaths;
import dev.zhanwang.sim.PlanCompiler;
import dev.zhanwang.sim.SeriesInfo;
import dev.zhanwang.sim.SimulationPlan;
import dev.zhanwang.sim.SimulationResult;
import dev.zhanwang.sim.Simulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Which assumptions move a scenario's targets, measured two ways (see {@link Tornado} and
 * {@link GlobalMeasure}):
 *
 * <ol>
 *   <li><b>one at a time</b>: a base run, then for each assumption of each indicator that feeds
 *       a checked target ({@link Assumption.Kind}) a low and a high run with everything else
 *       held, all from the scenario's seed, so each run draws the same shocks and a swing's error
 *       is paired path by path ({@link dev.zhanwang.sim.MetPaths#pairedStdError});
 *   <li><b>global</b>: from the base run alone, each indicator's annual shock ranked against each
 *       checked outcome.
 * </ol>
 *
 * @param tornadoes one per target check, in the scenario's order
 * @param global one per target check, in the same order
 * @param runs how many simulations were run (1 + 2 per assumption)
 * @param simulationTime their simulation time in all
 */
public record SensitivityAnalysis(
    String scenarioName,
    String description,
    int year,
    long paths,
    long seed,
    List<Tornado> tornadoes,
    List<GlobalMeasure> global,
    int runs,
    Duration simulationTime) {

  /** The probability levels of the growth band a growth assumption is moved over. */
  static final int LOW_LEVEL = 1;

  static final int HIGH_LEVEL = 5;

  public SensitivityAnalysis {
    tornadoes = List.copyOf(tornadoes);
    global = List.copyOf(global);
  }

  /**
   * Analyses every target check of {@code scenario}, or those of {@code targetId} when not null,
   * at the scenario's run settings (which must have no precision target).
   *
   * @param runDone told the number of each simulation as it finishes
   * @throws IllegalArgumentException when no check is left to analyse
   */
  public static SensitivityAnalysis of(Scenario scenario, String targetId, IntConsumer runDone) {
    PlanCompiler.Compiled compiled = PlanCompiler.compile(scenario);
    List<TargetCheck> checks = TargetCheck.of(scenario, compiled, targetId);
    if (checks.isEmpty()) {
      throw new IllegalArgumentException(
          "the scenario forecasts no target check" + (targetId == null ? "" : " of " + targetId));
    }
    SimulationPlan plan = compiled.plan();
    Simulator.Workspace workspace =
        Simulator.Workspace.allocateWithShocks(plan, scenario.settings());
    SimulationResult base =
        Simulator.run(plan, scenario.settings(), Simulator.Progress.NONE, workspace);
    runDone.accept(1);
    Duration time = base.elapsed();
    List<GlobalMeasure> global = RankMeasures.of(scenario, plan, workspace, checks);

    List<Assumption> assumptions = assumptions(scenario, plan, base, checks);
    List<PairedRun[]> runs = new ArrayList<>();
    int done = 1;
    for (Assumption assumption : assumptions) {
      PairedRun low = PairedRun.of(assumption.at(scenario, assumption.low()));
      runDone.accept(++done);
      PairedRun high = PairedRun.of(assumption.at(scenario, assumption.high()));
      runDone.accept(++done);
      runs.add(new PairedRun[] {low, high});
      time = time.plus(low.elapsed()).plus(high.elapsed());
    }
    long paths = base.paths();
    List<Tornado> tornadoes = new ArrayList<>();
    for (TargetCheck check : checks) {
      List<Tornado.Bar> bars = new ArrayList<>();
      for (int a = 0; a < assumptions.size(); a++) {
        PairedRun low = runs.get(a)[0];
        PairedRun high = runs.get(a)[1];
        bars.add(new Tornado.Bar(
            assumptions.get(a),
            low.probability(check),
            high.probability(check),
            MetPaths.pairedStdError(high.met(check), low.met(check), paths),
            check.feeding().contains(assumptions.get(a).indicator())));
      }
      bars.sort(Comparator.comparingDouble((Tornado.Bar bar) -> -Math.abs(bar.swing())));
      double p = base.probabilityMet(check.index());
      tornadoes.add(new Tornado(check, p, SimulationResult.binomialStdError(p, paths), bars));
    }
    return new SensitivityAnalysis(
        scenario.name(),
        scenario.description(),
        scenario.year(),
        paths,
        scenario.settings().seed(),
        tornadoes,
        global,
        1 + 2 * assumptions.size(),
        time);
  }

  /** The growth and uncertainty of every indicator that feeds a check, in the scenario's order. */
  private static List<Assumption> assumptions(
      Scenario scenario, SimulationPlan plan, SimulationResult base, List<TargetCheck> checks) {
    Set<String> feeding = new LinkedHashSet<>();
    checks.forEach(check -> feeding.addAll(check.feeding()));
    List<Assumption> assumptions = new ArrayList<>();
    for (IndicatorSpec spec : scenario.indicators()) {
      if (!feeding.contains(spec.id())) {
        continue;
      }
      double[] band = growthBand(scenario, plan, base, spec);
      assumptions.add(
          new Assumption(spec.id(), Assumption.Kind.GROWTH, spec.growthPct(), band[0], band[1]));
      double u = spec.uncertaintyPct().orElse(0.0);
      if (u > 0) {
        double high = Math.min(IndicatorSpec.MAX_UNCERTAINTY_PCT, 1.5 * u);
        assumptions.add(new Assumption(spec.id(), Assumption.Kind.UNCERTAINTY, u, 0.5 * u, high));
      }
    }
    return assumptions;
  }

  /** The indicator's 10% and 90% annual growth in the base run, in percent. */
  private static double[] growthBand(
      Scenario scenario, SimulationPlan plan, SimulationResult base, IndicatorSpec spec) {
    List<SeriesInfo> series = plan.series();
    int month = spec.flow() ? 11 : -1;
    int s = series.indexOf(new SeriesInfo(spec.id(), month));
    double[] q = base.series().get(s).quantiles();
    double low = q[LOW_LEVEL];
    double high = q[HIGH_LEVEL];
    if (spec.flow()) {
      double level = scenario
          .baseline()
          .figure(spec.id())
          .filter(Figure::hasLevel)
          .map(f -> f.value().getAsDouble())
          .orElseThrow();
      low = 100 * (low / level - 1);
      high = 100 * (high / level - 1);
    }
    // Keep within what a scenario may state: growth in (-100, 1000].
    return new double[] {
      Math.max(-99.9, Math.min(IndicatorSpec.MAX_GROWTH_PCT, low)),
      Math.max(-99.9, Math.min(IndicatorSpec.MAX_GROWTH_PCT, high))
    };
  }
}
