package dev.zhanwang.backtest;

import dev.zhanwang.model.StandardNormal;

/**
 * Proper scores of a probabilistic forecast given as a sample, against the outcome {@code y}.
 * Pure functions; every sample argument must be sorted ascending. Lower is better for all losses.
 */
public final class ForecastScores {
  /** Central intervals whose coverage is counted. */
  public static final double[] CENTRAL = {0.5, 0.8, 0.9};

  private ForecastScores() {}

  /**
   * Continuous ranked probability score of the sample's empirical distribution, energy form:
   * {@code CRPS = E|X - y| - E|X - X'| / 2 = (1/n) sum_i |x_i - y| - (1/n^2) sum_i (2i - n - 1)
   * x_(i)} with {@code x_(1) <= ... <= x_(n)} ({@code O(n)} on a sorted sample).
   */
  public static double crps(double[] sorted, double y) {
    int n = sorted.length;
    double absolute = 0;
    double spread = 0;
    for (int i = 0; i < n; i++) {
      absolute += Math.abs(sorted[i] - y);
      spread += (2.0 * (i + 1) - n - 1) * sorted[i];
    }
    return absolute / n - spread / ((double) n * n);
  }

  /**
   * CRPS of {@code N(mean, sd^2)} in closed form (Gneiting and Raftery 2007):
   * {@code sd [z (2 Phi(z) - 1) + 2 phi(z) - 1/sqrt(pi)]}, {@code z = (y - mean) / sd}.
   */
  public static double crpsNormal(double mean, double sd, double y) {
    double z = (y - mean) / sd;
    double cdf = StandardNormal.cdf(z);
    double pdf = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    return sd * (z * (2 * cdf - 1) + 2 * pdf - 1 / Math.sqrt(Math.PI));
  }

  /**
   * The sample's {@code p}-quantile, linear between order statistics (Hyndman-Fan type 7, as
   * {@link dev.zhanwang.forecast.Distribution}): {@code h = (n - 1) p},
   * {@code x_(floor h) + (h - floor h) (x_(floor h + 1) - x_(floor h))}, 0-based.
   */
  public static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int below = (int) Math.floor(h);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
  }

  /**
   * Pinball (quantile) loss of the {@code tau}-quantile {@code q}:
   * {@code (y - q)(tau - 1{y < q})}.
   */
  public static double pinball(double q, double y, double tau) {
    return (y - q) * (tau - (y < q ? 1 : 0));
  }

  /**
   * Whether {@code y} lies in the central {@code width} interval
   * {@code [Q((1 - width)/2), Q((1 + width)/2)]} of the sample.
   */
  public static boolean covers(double[] sorted, double y, double width) {
    return y >= quantile(sorted, (1 - width) / 2) && y <= quantile(sorted, (1 + width) / 2);
  }

  /** Absolute percentage error {@code 100 |forecast - actual| / |actual|}. */
  public static double absolutePercentageError(double forecast, double actual) {
    return 100 * Math.abs(forecast - actual) / Math.abs(actual);
  }

  /**
   * Brier score of probability {@code p} for an event that did ({@code o = 1}) or did not
   * ({@code o = 0}) happen: {@code (p - o)^2}.
   */
  public static double brier(double p, boolean happened) {
    double o = happened ? 1 : 0;
    return (p - o) * (p - o);
  }

  /** The share of the sample at or above {@code threshold}. */
  public static double shareAtLeast(double[] sorted, double threshold) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < threshold) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return (sorted.length - low) / (double) sorted.length;
  }
}
