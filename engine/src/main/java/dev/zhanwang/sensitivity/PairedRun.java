package dev.zhanwang.sensitivity;

import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.sim.MetPaths;
import dev.zhanwang.sim.PlanCompiler;
import dev.zhanwang.sim.SimulationResult;
import dev.zhanwang.sim.Simulator;
import java.time.Duration;
import java.util.BitSet;

/**
 * One run of a scenario variant from the scenario's seed, keeping which paths met each check, so
 * that two variants pair path by path (common random numbers: the same seed draws the same
 * shocks whatever the assumptions).
 */
record PairedRun(SimulationResult result, MetPaths met) {
  static PairedRun of(Scenario variant) {
    SimulationResult result = Simulator.runBinnedKeepingMetPaths(
        PlanCompiler.compile(variant).plan(), variant.settings(), Simulator.Progress.NONE);
    return new PairedRun(result, result.metPaths().orElseThrow());
  }

  double probability(TargetCheck check) {
    return result.probabilityMet(check.index());
  }

  BitSet met(TargetCheck check) {
    return met.met(check.index());
  }

  Duration elapsed() {
    return result.elapsed();
  }
}
