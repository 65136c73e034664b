package dev.zhanwang.sim;

/**
 * Mean, standard deviation and quantiles (at {@link Simulator#LEVELS}) of one output series over
 * all paths.
 *
 * @param quantileErrorBound the most any of the quantiles can differ from the exact sample
 *     quantile: 0 when they were selected from stored values, the width of the bins involved when
 *     they were estimated from bin counts (sketch mode)
 */
public record SeriesSummary(double mean, double sd, double[] quantiles, double quantileErrorBound)
    implements java.io.Serializable {
  public SeriesSummary {
    quantiles = quantiles.clone();
  }

  @Override
  public double[] quantiles() {
    return quantiles.clone();
  }
}
