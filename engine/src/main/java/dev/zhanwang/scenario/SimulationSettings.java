package dev.zhanwang.scenario;

/**
 * How a scenario is simulated.
 *
 * @param year the forecast year; the horizon is its 12 months
 * @param paths number of Monte Carlo paths
 * @param seed the seed every random stream is derived from
 */
public record SimulationSettings(int year, long paths, long seed) {
  public SimulationSettings {
    if (paths < 1) {
      throw new IllegalArgumentException("paths must be >= 1, but was " + paths);
    }
  }

  public SimulationSettings withPaths(long newPaths) {
    return new SimulationSettings(year, newPaths, seed);
  }

  public SimulationSettings withSeed(long newSeed) {
    return new SimulationSettings(year, paths, newSeed);
  }
}
