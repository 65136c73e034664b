package dev.zhanwang.sim;

import java.util.Arrays;

/**
 * Exact quantiles by counting, then selecting: every series gets bins fixed from a pilot chunk
 * before the other paths are simulated, so the kernel can count each value into its bin as it
 * stores it. Bins are ranges of the float's bits read as an order-preserving integer (equal width
 * within a binade), which costs integer operations only. Afterwards the counts say which few bins hold the wanted order statistics;
 * one pass collects only those bins' values, which are sorted. A value's bin is a non-decreasing
 * function of the value (values beyond the range fall into the end bins), so the order statistics
 * found are exact whatever the range.
 *
 * <p>Quantiles interpolate linearly between order statistics (Hyndman-Fan type 7, numpy's
 * default): at level {@code q}, with {@code h = (n-1) q}, the value is
 * {@code x[floor(h)] + (h - floor(h)) (x[floor(h)+1] - x[floor(h)])}.
 */
final class QuantileBins {
  /** Enough bins that the few collected hold a few hundred values at a million paths. */
  static final int MAX_BINS = 1 << 14;

  final int bins;
  private final long[] lowest;
  private final int[] shift;

  private QuantileBins(int bins, long[] lowest, int[] shift) {
    this.bins = bins;
    this.lowest = lowest;
    this.shift = shift;
  }

  /** The float's bits as an int that orders like the float (negative values flipped). */
  static int orderedBits(float value) {
    int bits = Float.floatToRawIntBits(value);
    return bits ^ ((bits >> 31) & 0x7FFFFFFF);
  }

  /**
   * Bins spanning three times the range of each series' ordered bits over the pilot paths
   * {@code store[s][0..pilot)}, centred on it.
   */
  static QuantileBins fromPilot(float[][] store, int pilot, long paths) {
    int bins = (int) Math.max(16, Math.min(MAX_BINS, Long.highestOneBit(paths)));
    long[] lowest = new long[store.length];
    int[] shift = new int[store.length];
    for (int s = 0; s < store.length; s++) {
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (int i = 0; i < pilot; i++) {
        int key = orderedBits(store[s][i]);
        min = Math.min(min, key);
        max = Math.max(max, key);
      }
      long width = Math.max(1, max - min);
      lowest[s] = min - width;
      while ((3 * width) >> shift[s] >= bins) {
        shift[s]++;
      }
    }
    return new QuantileBins(bins, lowest, shift);
  }

  int bin(int series, float value) {
    long b = (orderedBits(value) - lowest[series]) >> shift[series];
    return (int) Math.max(0, Math.min(b, bins - 1));
  }

  /** Adds the bins of {@code values[from..to)} of a series to {@code counts[series * bins ..]}. */
  void count(int series, float[] values, int from, int to, int[] counts) {
    int base = series * bins;
    for (int i = from; i < to; i++) {
      counts[base + bin(series, values[i])]++;
    }
  }

  /**
   * Quantiles at {@code levels} (ascending) of {@code values[0..n)}, whose bin counts are
   * {@code counts[series * bins ..]}.
   */
  double[] quantiles(int series, float[] values, int n, int[] counts, double[] levels) {
    int base = series * bins;
    long[] ranks = new long[levels.length * 2];
    for (int q = 0; q < levels.length; q++) {
      long lo = (long) Math.floor((n - 1) * levels[q]);
      ranks[2 * q] = lo;
      ranks[2 * q + 1] = Math.min(lo + 1, n - 1);
    }
    int[] slotOfBin = new int[bins];
    Arrays.fill(slotOfBin, -1);
    int[] slotOfRank = new int[ranks.length];
    int[] rankInBin = new int[ranks.length];
    int[] slotSize = new int[ranks.length];
    int slots = 0;
    long below = 0;
    int b = 0;
    for (int r = 0; r < ranks.length; r++) { // ranks ascend with the levels: one sweep
      while (below + counts[base + b] <= ranks[r]) {
        below += counts[base + b++];
      }
      if (slotOfBin[b] < 0) {
        slotSize[slots] = counts[base + b];
        slotOfBin[b] = slots++;
      }
      slotOfRank[r] = slotOfBin[b];
      rankInBin[r] = (int) (ranks[r] - below);
    }
    float[][] held = new float[slots][];
    int[] fill = new int[slots];
    for (int s = 0; s < slots; s++) {
      held[s] = new float[slotSize[s]];
    }
    for (int i = 0; i < n; i++) {
      float x = values[i];
      int slot = slotOfBin[bin(series, x)];
      if (slot >= 0) {
        held[slot][fill[slot]++] = x;
      }
    }
    for (float[] bin : held) {
      Arrays.sort(bin);
    }
    double[] result = new double[levels.length];
    for (int q = 0; q < levels.length; q++) {
      double lower = held[slotOfRank[2 * q]][rankInBin[2 * q]];
      double upper = held[slotOfRank[2 * q + 1]][rankInBin[2 * q + 1]];
      double h = (n - 1) * levels[q];
      result[q] = lower + (h - Math.floor(h)) * (upper - lower);
    }
    return result;
  }
}
