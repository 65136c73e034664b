package dev.zhanwang.sim;

/**
 * Mean, standard deviation and quantiles (at {@link Simulator#LEVELS}, and at the finer
 * {@link Simulator#FAN_LEVELS} for the fans) of one output series over all paths.
 *
 * @param fanQuantiles the quantiles at {@link Simulator#FAN_LEVELS}, of which {@code quantiles}
 *     are a part
 * @param quantileErrorBound the most any of the quantiles can differ from the exact sample
 *     quantile: 0 when they were selected from stored values, the width of the bins involved when
 *     they were estimated from bin counts (sketch mode)
 */
public record SeriesSummary(
    double mean, double sd, double[] quantiles, double[] fanQuantiles, double quantileErrorBound)
    implements java.io.Serializable {
  public SeriesSummary {
    quantiles = quantiles.clone();
    fanQuantiles = fanQuantiles.clone();
  }

  @Override
  public double[] quantiles() {
    return quantiles.clone();
  }

  @Override
  public double[] fanQuantiles() {
    return fanQuantiles.clone();
  }
}
