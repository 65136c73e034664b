package dev.zhanwang.sim;

/**
 * Mean, standard deviation and quantiles (at {@link Simulator#LEVELS}) of one output series over
 * all paths.
 */
public record SeriesSummary(double mean, double sd, double[] quantiles) {
  public SeriesSummary {
    quantiles = quantiles.clone();
  }

  @Override
  public double[] quantiles() {
    return quantiles.clone();
  }
}
