package dev.zhanwang.forecast;

import dev.zhanwang.sim.Histogram;

/**
 * The simulated distribution of one outcome.
 *
 * @param levels probability levels of {@code quantiles}, ascending (0.05 ... 0.95)
 * @param quantiles the outcome's quantiles at {@code levels} (linear interpolation between order
 *     statistics, Hyndman-Fan type 7, numpy's default)
 */
public record Distribution(
    double mean, double sd, double[] levels, double[] quantiles, Histogram histogram) {
  public Distribution {
    if (levels.length != quantiles.length) {
      throw new IllegalArgumentException("one quantile per level");
    }
    levels = levels.clone();
    quantiles = quantiles.clone();
  }

  @Override
  public double[] levels() {
    return levels.clone();
  }

  @Override
  public double[] quantiles() {
    return quantiles.clone();
  }

  /** The quantile at the given level, which must be one of {@link #levels()}. */
  public double quantile(double level) {
    for (int i = 0; i < levels.length; i++) {
      if (levels[i] == level) {
        return quantiles[i];
      }
    }
    throw new IllegalArgumentException("no quantile at level " + level);
  }
}
