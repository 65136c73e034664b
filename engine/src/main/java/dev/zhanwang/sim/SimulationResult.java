package dev.zhanwang.sim;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the kernel found, in the plan's own units: a summary per series, per criterion the number of
 * paths that met it and the summed shortfall of those that did not, the counts of the target
 * groups, and a histogram of each criterion's series; when asked for, which paths met each
 * criterion, and the first paths one by one ({@code samples}).
 *
 * @param allMet paths on which every target group was met, each by its rule (see
 *     {@link PlannedGroup})
 */
public record SimulationResult(
    SimulationPlan plan,
    long paths,
    long seed,
    int threads,
    QuantileMethod quantileMethod,
    List<SeriesSummary> series,
    long[] met,
    double[] shortfall,
    long allMet,
    GroupCounts groups,
    List<SeriesHistogram> histograms,
    Optional<MetPaths> metPaths,
    Optional<SampledPaths> samples,
    Duration elapsed) {
  public SimulationResult {
    series = List.copyOf(series);
    met = met.clone();
    shortfall = shortfall.clone();
    histograms = List.copyOf(histograms);
  }

  /** How the quantiles were obtained, with the largest error bound when they were estimated. */
  public String quantileNote() {
    double largest = 0.0;
    for (SeriesSummary summary : series) {
      double[] q = summary.quantiles();
      double range = q[q.length - 1] - q[0];
      if (range > 0) {
        largest = Math.max(largest, summary.quantileErrorBound() / range);
      }
    }
    return quantileMethod == QuantileMethod.EXACT
        ? quantileMethod.description()
        : quantileMethod.description()
            + String.format(
                java.util.Locale.ROOT,
                "; largest bound in this run: %.3g%% of its series' 5-95%% range",
                100 * largest);
  }

  /** Share of paths meeting criterion {@code c}. */
  public double probabilityMet(int c) {
    return (double) met[c] / paths;
  }

  /** Monte Carlo standard error of {@link #probabilityMet}: {@code sqrt(p (1 - p) / n)}. */
  public double probabilityStdError(int c) {
    return binomialStdError(probabilityMet(c), paths);
  }

  /** Mean of {@code threshold - value} over the paths that miss criterion {@code c}, NaN if none. */
  public double expectedShortfall(int c) {
    long missed = paths - met[c];
    return missed == 0 ? Double.NaN : shortfall[c] / missed;
  }

  /** Share of paths on which every target group was met, each by its rule. */
  public double probabilityAllMet() {
    return (double) allMet / paths;
  }

  public static double binomialStdError(double p, long n) {
    return Math.sqrt(p * (1.0 - p) / n);
  }

  /** The histogram of one series. */
  public record SeriesHistogram(int series, Histogram histogram) {}
}
