package dev.zhanwang.sim;

import java.util.Arrays;

/**
 * Exact sample quantiles of a float array by selection, not sorting: one pass finds the range, one
 * counts the values in 2^16 equal-width bins, one collects only the bins that hold the wanted order
 * statistics, and those few values are sorted. The bin of a value is a non-decreasing function of
 * the value, so the order statistics found are exact.
 *
 * <p>Quantiles interpolate linearly between order statistics (Hyndman-Fan type 7, numpy's default):
 * at level {@code q}, with {@code h = (n-1) q}, the value is
 * {@code x[floor(h)] + (h - floor(h)) (x[floor(h)+1] - x[floor(h)])}.
 *
 * <p>Not thread-safe: one instance per thread (it keeps its count arrays).
 */
final class ExactQuantiles {
  private static final int MAX_BINS = 1 << 16;

  private final int[] counts = new int[MAX_BINS];
  private final int[] slotOfBin = new int[MAX_BINS];

  /**
   * Quantiles of {@code values[0..n)} at {@code levels} (ascending); {@code values} is not
   * modified.
   */
  double[] of(float[] values, int n, double[] levels) {
    double[] result = new double[levels.length];
    if (n == 0) {
      Arrays.fill(result, Double.NaN);
      return result;
    }
    float min = Float.POSITIVE_INFINITY;
    float max = Float.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      float x = values[i];
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    if (min == max) {
      Arrays.fill(result, min);
      return result;
    }
    int bins = Math.max(16, Math.min(MAX_BINS, Integer.highestOneBit(n)));
    double lowest = min;
    double scale = bins / ((double) max - lowest);
    Arrays.fill(counts, 0, bins, 0);
    for (int i = 0; i < n; i++) {
      counts[Math.min(bins - 1, (int) ((values[i] - lowest) * scale))]++;
    }

    long[] ranks = new long[levels.length * 2];
    for (int q = 0; q < levels.length; q++) {
      double h = (n - 1) * levels[q];
      long lo = (long) Math.floor(h);
      ranks[2 * q] = lo;
      ranks[2 * q + 1] = Math.min(lo + 1, n - 1);
    }
    // Bin holding each wanted rank, and the rank within that bin.
    int[] binOfRank = new int[ranks.length];
    int[] rankInBin = new int[ranks.length];
    Arrays.fill(slotOfBin, 0, bins, -1);
    int slots = 0;
    int[] slotBins = new int[ranks.length];
    long below = 0;
    int b = 0;
    for (int r = 0; r < ranks.length; r++) { // ranks ascend with the levels: one sweep
      while (below + counts[b] <= ranks[r]) {
        below += counts[b++];
      }
      binOfRank[r] = b;
      rankInBin[r] = (int) (ranks[r] - below);
      if (slotOfBin[b] < 0) {
        slotOfBin[b] = slots;
        slotBins[slots++] = b;
      }
    }
    float[][] held = new float[slots][];
    int[] fill = new int[slots];
    for (int s = 0; s < slots; s++) {
      held[s] = new float[counts[slotBins[s]]];
    }
    for (int i = 0; i < n; i++) {
      float x = values[i];
      int slot = slotOfBin[Math.min(bins - 1, (int) ((x - lowest) * scale))];
      if (slot >= 0) {
        held[slot][fill[slot]++] = x;
      }
    }
    for (float[] bin : held) {
      Arrays.sort(bin);
    }
    for (int q = 0; q < levels.length; q++) {
      double lower = held[slotOfBin[binOfRank[2 * q]]][rankInBin[2 * q]];
      double upper = held[slotOfBin[binOfRank[2 * q + 1]]][rankInBin[2 * q + 1]];
      double h = (n - 1) * levels[q];
      result[q] = lower + (h - Math.floor(h)) * (upper - lower);
    }
    return result;
  }
}
