package dev.zhanwang.scenario;

import dev.zhanwang.model.Sampling;
import java.util.Objects;

/**
 * How a scenario is simulated.
 *
 * @param year the forecast year; the horizon is its 12 months
 * @param paths number of Monte Carlo paths
 * @param seed the seed every random stream is derived from
 * @param sampling how shocks are drawn
 */
public record SimulationSettings(int year, long paths, long seed, Sampling sampling) {
  /** The most paths a run can have: the kernel stores values in int-indexed arrays. */
  public static final long MAX_PATHS = Integer.MAX_VALUE - 8;

  public SimulationSettings {
    if (paths < 1 || paths > MAX_PATHS) {
      throw new IllegalArgumentException("paths must be in [1, " + MAX_PATHS + "], but was "
          + paths);
    }
    Objects.requireNonNull(sampling, "sampling");
  }

  /** Plain Monte Carlo sampling. */
  public SimulationSettings(int year, long paths, long seed) {
    this(year, paths, seed, Sampling.MONTE_CARLO);
  }

  public SimulationSettings withPaths(long newPaths) {
    return new SimulationSettings(year, newPaths, seed, sampling);
  }

  public SimulationSettings withSeed(long newSeed) {
    return new SimulationSettings(year, paths, newSeed, sampling);
  }

  public SimulationSettings withSampling(Sampling newSampling) {
    return new SimulationSettings(year, paths, seed, newSampling);
  }
}
