package dev.zhanwang.sim;

import dev.zhanwang.model.Sampling;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * What one chunk of a plan's paths says about its targets: a pure function of (compiled plan,
 * sampling, seed, chunk index, chunk size), the unit a sweep distributes. Per criterion the paths
 * that met it and the summed shortfall of the others, how many met all at once, and, for each
 * series a target is checked on, the centred sums of its values and the values themselves, so
 * that merged chunks give exact quantiles.
 *
 * <p>Chunk {@code i} is paths {@code [i * CHUNK, i * CHUNK + size)} of a run, drawn from the
 * streams {@link RandomStreams} gives chunk {@code i}: the very numbers {@link Simulator#run}
 * draws for them, on whichever thread or machine. {@link PointStatistics#merge} adds chunks in
 * chunk order as a run adds its chunk totals, so a grid point's statistics are bit for bit a
 * run's. Serializable: chunks and the plans they come from can cross machines.
 */
public final class ChunkStatistics implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Paths per chunk: a run's, so that chunk {@code i} holds the same paths in both. */
  public static final int SIZE = Simulator.CHUNK;

  final int chunk;
  final int paths;
  final long[] met;
  final double[] shortfall;
  final long allMet;
  /** Per checked series ({@link #checkedSeries}): centred sums, as a run's chunk totals. */
  final double[] sum;

  final double[] sumSquares;
  /** Per checked series: the chunk's values as the store keeps them. */
  final float[][] values;

  private ChunkStatistics(
      int chunk,
      int paths,
      long[] met,
      double[] shortfall,
      long allMet,
      double[] sum,
      double[] sumSquares,
      float[][] values) {
    this.chunk = chunk;
    this.paths = paths;
    this.met = met;
    this.shortfall = shortfall;
    this.allMet = allMet;
    this.sum = sum;
    this.sumSquares = sumSquares;
    this.values = values;
  }

  /** How many chunks {@code paths} paths take. */
  public static int chunks(long paths) {
    return Math.toIntExact((paths + SIZE - 1) / SIZE);
  }

  /** How many of {@code paths} paths chunk {@code chunk} holds: {@link #SIZE}, less for the last. */
  public static int pathsIn(long paths, int chunk) {
    return (int) Math.min(SIZE, paths - (long) chunk * SIZE);
  }

  /**
   * Simulates chunk {@code chunk} (of {@code paths} paths, at most {@link #SIZE}) of the plan
   * from {@code seed}'s streams.
   *
   * @throws IllegalArgumentException for a chunk index below 0 or a size outside [1, SIZE]
   */
  public static ChunkStatistics simulate(
      SimulationPlan plan, Sampling sampling, long seed, int chunk, int paths) {
    if (chunk < 0 || paths < 1 || paths > SIZE) {
      throw new IllegalArgumentException(
          "chunk " + chunk + " of " + paths + " paths: must be >= 0 and of 1.." + SIZE + " paths");
    }
    RandomStreams.Chunk streams = new RandomStreams(seed).first(chunk + 1).get(chunk);
    return simulate(plan, new ChunkKernel(plan, sampling), streams, chunk, paths);
  }

  /** One chunk on a kernel that may have run others: a kernel keeps no state between chunks. */
  static ChunkStatistics simulate(
      SimulationPlan plan, ChunkKernel kernel, RandomStreams.Chunk streams, int chunk, int paths) {
    int[] checked = checkedSeries(plan);
    float[][] store = new float[plan.seriesCount()][];
    for (int s : checked) {
      store[s] = new float[paths];
    }
    ChunkTotals totals = new ChunkTotals(plan);
    kernel.run(0, paths, streams, store, totals);
    double[] sum = new double[checked.length];
    double[] sumSquares = new double[checked.length];
    float[][] values = new float[checked.length][];
    for (int i = 0; i < checked.length; i++) {
      sum[i] = totals.sum[checked[i]];
      sumSquares[i] = totals.sumSquares[checked[i]];
      values[i] = store[checked[i]];
    }
    return new ChunkStatistics(
        chunk, paths, totals.met, totals.shortfall, totals.allMet, sum, sumSquares, values);
  }

  /** The series some criterion is checked on, ascending, each once. */
  static int[] checkedSeries(SimulationPlan plan) {
    return plan.criteria().stream()
        .mapToInt(CriterionInfo::series)
        .distinct()
        .sorted()
        .toArray();
  }

  public int chunk() {
    return chunk;
  }

  public int paths() {
    return paths;
  }

  /** Simulates chunks {@code 0..chunks(paths)-1} one after the other, on this thread. */
  static List<ChunkStatistics> simulateAll(
      SimulationPlan plan, Sampling sampling, long seed, long paths) {
    int chunks = chunks(paths);
    List<RandomStreams.Chunk> streams = new RandomStreams(seed).first(chunks);
    ChunkKernel kernel = new ChunkKernel(plan, sampling);
    ChunkStatistics[] all = new ChunkStatistics[chunks];
    for (int i = 0; i < chunks; i++) {
      all[i] = simulate(plan, kernel, streams.get(i), i, pathsIn(paths, i));
    }
    return Arrays.asList(all);
  }
}
