package dev.zhanwang.cli;

import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.ForecastBuilder;
import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.sim.PlanCompiler;
import dev.zhanwang.sim.SimulationResult;
import dev.zhanwang.sim.Simulator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One scenario simulated and turned into a {@link Forecast}: the step {@code run} does once and
 * {@code compare-models} once per model. Compiling is separate ({@link PlanCompiler#compile}) so
 * that a command can reject bad input before it prepares an output folder.
 */
record ScenarioRun(SimulationResult result, Forecast forecast) {
  /** The scenario run as its {@link Scenario#settings()} say. */
  static ScenarioRun of(
      Scenario scenario, PlanCompiler.Compiled compiled, ProgressDisplay progress) {
    return finished(
        scenario,
        compiled,
        Simulator.run(compiled.plan(), scenario.settings(), progress),
        progress);
  }

  /**
   * As {@link #of}, keeping the first {@code samples} paths one by one for samples.csv; with 0,
   * exactly {@link #of}.
   */
  static ScenarioRun sampling(
      Scenario scenario, PlanCompiler.Compiled compiled, ProgressDisplay progress, int samples) {
    if (samples == 0) {
      return of(scenario, compiled, progress);
    }
    return finished(
        scenario,
        compiled,
        Simulator.runSampling(compiled.plan(), scenario.settings(), progress, samples),
        progress);
  }

  /** As {@link #of}, keeping which paths met each target, to pair this run with others. */
  static ScenarioRun keepingMetPaths(
      Scenario scenario, PlanCompiler.Compiled compiled, ProgressDisplay progress) {
    return finished(
        scenario,
        compiled,
        Simulator.runKeepingMetPaths(compiled.plan(), scenario.settings(), progress),
        progress);
  }

  private static ScenarioRun finished(
      Scenario scenario,
      PlanCompiler.Compiled compiled,
      SimulationResult result,
      ProgressDisplay progress) {
    progress.finish();
    return new ScenarioRun(result, ForecastBuilder.build(scenario, compiled, result));
  }

  /** The files a run of {@code scenario} reads: its chain of scenario files, then its data. */
  static List<Path> inputs(Scenario scenario) {
    List<Path> inputs = new ArrayList<>(scenario.chain());
    inputs.addAll(scenario.dataFiles());
    return inputs;
  }

  /** What the manifest records of a run of {@code scenario}: inputs with SHA-256, engine, times. */
  static RunInfo runInfo(
      Scenario scenario,
      String quantileMethod,
      Instant started,
      Duration simulationTime,
      List<String> commandLine) {
    return new RunInfo(
        scenario.chain(),
        Hashes.sha256(scenario.chain()),
        scenario.dataFiles(),
        Hashes.sha256(scenario.dataFiles()),
        ForecastCommand.version(),
        scenario.settings().threads(),
        quantileMethod,
        started,
        simulationTime,
        commandLine);
  }
}
