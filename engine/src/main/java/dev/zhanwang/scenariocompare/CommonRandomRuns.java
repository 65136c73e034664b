package dev.zhanwang.scenariocompare;

import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.ForecastBuilder;
import dev.zhanwang.scenario.RunSettings;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.sim.MetPaths;
import dev.zhanwang.sim.PlanCompiler;
import dev.zhanwang.sim.PlannedCriterion;
import dev.zhanwang.sim.SimulationResult;
import dev.zhanwang.sim.Simulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * Runs variants of a scenario on the same random numbers: every variant with one set of run
 * settings (paths, seed, sampling, threads), keeping which paths met each target check, so that
 * two variants can be paired path by path ({@link MetPaths#pairedStdError}). Variants must keep
 * the indicators in the same order (the kernel draws indicator {@code j}'s normals in position
 * {@code j}); then a variant that changes one indicator's growth leaves every other indicator's
 * path exactly as it was. Counts the simulation time it spends.
 */
public final class CommonRandomRuns {
  private final RunSettings settings;
  private final Simulator.Progress progress;
  private Duration simulationTime = Duration.ZERO;
  private int runs;

  /**
   * @param settings the settings every variant runs with, without a precision target (its path
   *     count would differ from variant to variant)
   * @throws IllegalArgumentException when the settings have a precision target
   */
  public CommonRandomRuns(RunSettings settings, Simulator.Progress progress) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.progress = Objects.requireNonNull(progress, "progress");
    if (settings.precision().isPresent()) {
      throw new IllegalArgumentException(
          "common random numbers need one path count, not a precision target");
    }
  }

  public RunSettings settings() {
    return settings;
  }

  /** Simulation time of every run so far. */
  public Duration simulationTime() {
    return simulationTime;
  }

  /** How many variants have run. */
  public int runs() {
    return runs;
  }

  /**
   * The variant run with this object's settings in place of its own.
   *
   * @throws dev.zhanwang.input.InvalidInputException when the variant does not compile
   */
  public VariantRun run(Scenario variant) {
    return run(variant, true);
  }

  /**
   * As {@link #run}, with the quantiles estimated from bin counts rather than from a store of
   * every value: much less memory and time for a variant that is only paired with others. Which
   * paths met each target check is the same either way.
   */
  public VariantRun runForPairing(Scenario variant) {
    return run(variant, false);
  }

  private VariantRun run(Scenario variant, boolean stored) {
    Scenario scenario = variant.withSettings(settings);
    PlanCompiler.Compiled compiled = PlanCompiler.compile(scenario);
    SimulationResult result = stored
        ? Simulator.runKeepingMetPaths(compiled.plan(), settings, progress)
        : Simulator.runBinnedKeepingMetPaths(compiled.plan(), settings, progress);
    simulationTime = simulationTime.plus(result.elapsed());
    runs++;
    MetPaths paths = result.metPaths().orElseThrow();
    List<BitSet> met = new ArrayList<>();
    for (PlannedCriterion planned : compiled.criteria()) {
      met.add(paths.met(planned.criterion()));
    }
    met.add(paths.allMet());
    return new VariantRun(
        ForecastBuilder.build(scenario, compiled, result), met, result.quantileNote());
  }

  /**
   * One variant's forecast and, per target check (in the forecast's order) then for all at once,
   * the paths that met it.
   */
  public record VariantRun(Forecast forecast, List<BitSet> metPaths, String quantileNote) {
    public VariantRun {
      Objects.requireNonNull(forecast, "forecast");
      metPaths = List.copyOf(metPaths);
      if (metPaths.size() != forecast.outcomes().size() + 1) {
        throw new IllegalArgumentException("met paths are needed for each target check and all");
      }
    }

    /** Paths that met row {@code row}: a target check, or {@code checks} for all at once. */
    public long met(int row) {
      return metPaths.get(row).cardinality();
    }

    public long paths() {
      return forecast.paths();
    }

    /**
     * P(met) of row {@code row} here minus in {@code base}, and its paired standard error.
     */
    public double[] differenceFrom(VariantRun base, int row) {
      double difference = (double) (met(row) - base.met(row)) / paths();
      return new double[] {
        difference, MetPaths.pairedStdError(metPaths.get(row), base.metPaths.get(row), paths())
      };
    }
  }
}
