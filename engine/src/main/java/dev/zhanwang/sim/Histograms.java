package dev.zhanwang.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The histogram of each criterion's series, regrouped from a run's bin counts. */
final class Histograms {
  static final int BINS = 40;

  private Histograms() {}

  /** One histogram per series some criterion is on, from the bin counts (in stored units). */
  static List<SimulationResult.SeriesHistogram> of(
      SimulationPlan plan, double[][] quantiles, QuantileBins bins, int[] counts) {
    Set<Integer> histogramSeries = new LinkedHashSet<>();
    for (int c = 0; c < plan.criterionSeries.length; c++) {
      histogramSeries.add(plan.criterionSeries[c]);
    }
    List<SimulationResult.SeriesHistogram> histograms = new ArrayList<>();
    for (int s : histogramSeries) {
      double offset = plan.storedOffset[s];
      List<Double> thresholds =
          thresholdsOn(plan, s).stream().map(t -> t + offset).toList();
      double[] edges = edges(quantiles[s], thresholds);
      long[] binned = bins.regroup(s, counts, edges);
      histograms.add(new SimulationResult.SeriesHistogram(
          s, new Histogram(Arrays.stream(edges).map(e -> e - offset).toArray(), binned)));
    }
    return histograms;
  }

  private static List<Double> thresholdsOn(SimulationPlan plan, int series) {
    List<Double> thresholds = new ArrayList<>();
    for (int c = 0; c < plan.criterionSeries.length; c++) {
      if (plan.criterionSeries[c] == series) {
        thresholds.add(plan.criterionThreshold[c]);
      }
    }
    return thresholds;
  }

  /**
   * Edges of equal-width bins over the central mass (5-95% range widened by half its width on each
   * side), widened further to show the thresholds when they lie within twice that width.
   */
  private static double[] edges(double[] quantiles, List<Double> thresholds) {
    double p5 = quantiles[0];
    double p95 = quantiles[quantiles.length - 1];
    double width = p95 - p5;
    if (width <= 0.0) {
      width = Math.max(Math.abs(p5) * 0.01, 1e-9);
    }
    double lo = p5 - 0.5 * width;
    double hi = p95 + 0.5 * width;
    for (double threshold : thresholds) {
      lo = Math.min(lo, Math.max(threshold - 0.1 * width, p5 - 2.0 * width));
      hi = Math.max(hi, Math.min(threshold + 0.1 * width, p95 + 2.0 * width));
    }
    double[] edges = new double[BINS + 1];
    for (int b = 0; b <= BINS; b++) {
      edges[b] = lo + (hi - lo) * b / BINS;
    }
    return edges;
  }
}
