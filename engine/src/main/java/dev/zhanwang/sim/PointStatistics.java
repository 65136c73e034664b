package dev.zhanwang.sim;

import static dev.zhanwang.sim.Simulator.CHUNK;
import static dev.zhanwang.sim.Simulator.FAN_LEVELS;

import dev.zhanwang.model.Sampling;
import java.io.Serializable;
import java.util.List;

/**
 * A plan's targets over all its paths: chunk statistics merged in chunk order, then reduced to
 * P(target met) and the summary of each series a target is checked on. What a sweep keeps of one
 * grid point: small and serializable, so a cluster returns it to the driver. Its numbers are
 * those of {@link Simulator#run} on the same plan, seed and paths, bit for bit, whenever the
 * run's quantiles are exact (its store fits in half the heap; see {@link Simulator}).
 */
public final class PointStatistics implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long paths;
  private final long seed;
  private final long[] met;
  private final double[] shortfall;
  private final long allMet;
  private final int[] checkedSeries;
  private final SeriesSummary[] summaries;

  private PointStatistics(
      long paths,
      long seed,
      long[] met,
      double[] shortfall,
      long allMet,
      int[] checkedSeries,
      SeriesSummary[] summaries) {
    this.paths = paths;
    this.seed = seed;
    this.met = met;
    this.shortfall = shortfall;
    this.allMet = allMet;
    this.checkedSeries = checkedSeries;
    this.summaries = summaries;
  }

  /** Simulates every chunk of {@code paths} paths on this thread, in order, and merges them. */
  public static PointStatistics simulate(
      SimulationPlan plan, Sampling sampling, long seed, long paths) {
    return merge(plan, seed, ChunkStatistics.simulateAll(plan, sampling, seed, paths));
  }

  /**
   * Merges chunks {@code 0..n-1}, given in that order, as a run merges its chunk totals: sums in
   * chunk order, values side by side, then exact quantiles.
   *
   * @throws IllegalArgumentException when the chunks are not 0..n-1 in order, or a chunk other
   *     than the last is short
   */
  public static PointStatistics merge(
      SimulationPlan plan, long seed, List<ChunkStatistics> inChunkOrder) {
    int[] checked = ChunkStatistics.checkedSeries(plan);
    int criteria = plan.criteria().size();
    long paths = 0;
    long[] met = new long[criteria];
    double[] shortfall = new double[criteria];
    long allMet = 0;
    double[] sum = new double[checked.length];
    double[] sumSquares = new double[checked.length];
    for (int i = 0; i < inChunkOrder.size(); i++) {
      ChunkStatistics chunk = inChunkOrder.get(i);
      boolean last = i == inChunkOrder.size() - 1;
      if (chunk.chunk != i || (!last && chunk.paths != CHUNK)) {
        throw new IllegalArgumentException("chunk " + chunk.chunk + " of " + chunk.paths
            + " paths at position " + i + ": chunks must come full and in order");
      }
      paths += chunk.paths;
      for (int s = 0; s < checked.length; s++) {
        sum[s] += chunk.sum[s];
        sumSquares[s] += chunk.sumSquares[s];
      }
      for (int c = 0; c < criteria; c++) {
        met[c] += chunk.met[c];
        shortfall[c] += chunk.shortfall[c];
      }
      allMet += chunk.allMet;
    }
    int n = Math.toIntExact(paths);
    float[][] values = new float[checked.length][n];
    for (int s = 0; s < checked.length; s++) {
      for (ChunkStatistics chunk : inChunkOrder) {
        System.arraycopy(chunk.values[s], 0, values[s], chunk.chunk * CHUNK, chunk.paths);
      }
    }
    SeriesSummary[] summaries = new SeriesSummary[checked.length];
    QuantileBins bins = bins(values, n);
    int[] counts = new int[checked.length * bins.bins];
    for (int s = 0; s < checked.length; s++) {
      bins.count(s, values[s], 0, n, counts);
      double[] quantiles =
          bins.quantiles(s, values[s], n, counts, FAN_LEVELS, plan.wholeSeries[checked[s]]);
      summaries[s] =
          FixedRun.summary(plan, checked[s], paths, sum[s], sumSquares[s], quantiles, 0.0);
    }
    return new PointStatistics(paths, seed, met, shortfall, allMet, checked, summaries);
  }

  /** Bins over each series' range, or from the first chunk when a series holds NaN, as a run's. */
  private static QuantileBins bins(float[][] values, int n) {
    float[] min = new float[values.length];
    float[] max = new float[values.length];
    for (int s = 0; s < values.length; s++) {
      float smallest = Float.POSITIVE_INFINITY;
      float largest = Float.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        smallest = Math.min(smallest, values[s][i]);
        largest = Math.max(largest, values[s][i]);
      }
      if (Float.isNaN(smallest) || Float.isNaN(largest)) {
        return QuantileBins.fromPilot(values, Math.min(CHUNK, n), n);
      }
      min[s] = smallest;
      max[s] = largest;
    }
    return QuantileBins.fromRanges(min, max, n);
  }

  public long paths() {
    return paths;
  }

  public long seed() {
    return seed;
  }

  /** Share of paths meeting criterion {@code c}, as {@link SimulationResult#probabilityMet}. */
  public double probabilityMet(int c) {
    return (double) met[c] / paths;
  }

  /** Monte Carlo standard error of {@link #probabilityMet}. */
  public double probabilityStdError(int c) {
    return SimulationResult.binomialStdError(probabilityMet(c), paths);
  }

  /** Mean of {@code threshold - value} over the paths that miss criterion {@code c}, NaN if none. */
  public double expectedShortfall(int c) {
    long missed = paths - met[c];
    return missed == 0 ? Double.NaN : shortfall[c] / missed;
  }

  public double probabilityAllMet() {
    return (double) allMet / paths;
  }

  /**
   * The summary of plan series {@code series}, one a criterion is checked on.
   *
   * @throws IllegalArgumentException for a series no criterion is checked on
   */
  public SeriesSummary series(int series) {
    for (int s = 0; s < checkedSeries.length; s++) {
      if (checkedSeries[s] == series) {
        return summaries[s];
      }
    }
    throw new IllegalArgumentException("series " + series + " has no target checked on it");
  }
}
