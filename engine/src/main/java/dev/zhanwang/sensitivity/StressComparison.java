package dev.zhanwang.sensitivity;

import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.sim.MetPaths;
import dev.zhanwang.sim.PlanCompiler;
import dev.zhanwang.sim.SimulationPlan;
import dev.zhanwang.sim.SimulationResult;
import dev.zhanwang.sim.Simulator;
import dev.zhanwang.sim.Stress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A stress run beside the unstressed one: the scenario run twice from its seed, once as it is and
 * once with {@link Stress} bands, so path {@code i} of the stressed run is path {@code i} of the
 * other with the pinned shocks moved within their bands, and each difference of P(met) has a
 * paired standard error.
 *
 * @param stress the bands
 * @param rows one per target check, in the scenario's order, then all targets at once
 * @param notes what the stress could not condition (see {@link Stress#notes})
 */
public record StressComparison(
    String scenarioName,
    String description,
    int year,
    long paths,
    long seed,
    Stress stress,
    List<Row> rows,
    List<String> notes,
    Duration simulationTime) {
  public StressComparison {
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
  }

  /**
   * One target check (or, with a null check, all targets at once).
   *
   * @param check the check, or null for all targets met at once
   * @param unstressed P(met) of the scenario as it is
   * @param stressed P(met) under the stress
   * @param differenceStdError paired standard error of {@code stressed - unstressed}
   */
  public record Row(
      TargetCheck check,
      double unstressed,
      double unstressedStdError,
      double stressed,
      double stressedStdError,
      double differenceStdError) {
    public double difference() {
      return stressed - unstressed;
    }
  }

  /**
   * Runs {@code scenario} as it is and under {@code stress}.
   *
   * @throws IllegalArgumentException when a band names an unknown or monthly indicator
   */
  public static StressComparison of(Scenario scenario, Stress stress) {
    PlanCompiler.Compiled compiled = PlanCompiler.compile(scenario);
    SimulationPlan stressedPlan = stress.applyTo(scenario, compiled.plan());
    List<String> notes = stress.notes(scenario);
    SimulationResult plain = Simulator.runBinnedKeepingMetPaths(
        compiled.plan(), scenario.settings(), Simulator.Progress.NONE);
    SimulationResult stressed = Simulator.runBinnedKeepingMetPaths(
        stressedPlan, scenario.settings(), Simulator.Progress.NONE);
    MetPaths a = plain.metPaths().orElseThrow();
    MetPaths b = stressed.metPaths().orElseThrow();
    long n = plain.paths();
    List<Row> rows = new ArrayList<>();
    for (TargetCheck check : TargetCheck.of(scenario, compiled, null)) {
      int c = check.index();
      rows.add(new Row(
          check,
          plain.probabilityMet(c),
          plain.probabilityStdError(c),
          stressed.probabilityMet(c),
          stressed.probabilityStdError(c),
          MetPaths.pairedStdError(b.met(c), a.met(c), n)));
    }
    if (!rows.isEmpty()) {
      double p = plain.probabilityAllMet();
      double q = stressed.probabilityAllMet();
      rows.add(new Row(
          null,
          p,
          SimulationResult.binomialStdError(p, n),
          q,
          SimulationResult.binomialStdError(q, n),
          MetPaths.pairedStdError(b.allMet(), a.allMet(), n)));
    }
    return new StressComparison(
        scenario.name(),
        scenario.description(),
        scenario.year(),
        n,
        scenario.settings().seed(),
        stress,
        rows,
        notes,
        plain.elapsed().plus(stressed.elapsed()));
  }
}
