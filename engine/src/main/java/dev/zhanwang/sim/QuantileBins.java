package dev.zhanwang.sim;

import java.util.Arrays;

/**
 * Quantiles by counting, then selecting. Bins are ranges of the float's bits read as an
 * order-preserving integer (equal width within a binade), which costs integer operations only. The
 * counts say which few bins hold the wanted order statistics; one pass collects only those bins'
 * values, which are sorted. A value's bin is a non-decreasing function of the value, so the order
 * statistics found are exact.
 *
 * <p>When every value is stored, the bins span each series' exact range ({@link #fromRanges}):
 * no value can fall outside, so finding a bin needs no clamping, and for a series without negative
 * values the raw bits already order it. In sketch mode the kernel counts values as it makes them,
 * so the bins are fixed beforehand from a pilot chunk ({@link #fromPilot}); values beyond them
 * clamp into the end bins.
 *
 * <p>Quantiles interpolate linearly between order statistics (Hyndman-Fan type 7, numpy's
 * default): at level {@code q}, with {@code h = (n-1) q}, the value is
 * {@code x[floor(h)] + (h - floor(h)) (x[floor(h)+1] - x[floor(h)])}. A series of whole numbers
 * (counts) takes the lower order statistic {@code x[floor(h)]} instead (numpy's {@code lower}),
 * so that its quantiles are whole numbers too.
 */
final class QuantileBins {
  /** Enough bins that the few collected hold a few hundred values at a million paths. */
  static final int MAX_BINS = 1 << 14;

  final int bins;
  /** Per series: the ordered bits of the first bin's lower edge, and the bin width as a shift. */
  private final int[] lowest;

  private final int[] shift;
  /** Whether values may lie beyond the bins (pilot bins), so that they must be clamped. */
  private final boolean clamped;
  /** Per series of range bins: no value is negative, so the raw bits are the ordered bits. */
  private final boolean[] nonNegative;

  private QuantileBins(
      int bins, int[] lowest, int[] shift, boolean clamped, boolean[] nonNegative) {
    this.bins = bins;
    this.lowest = lowest;
    this.shift = shift;
    this.clamped = clamped;
    this.nonNegative = nonNegative;
  }

  /** As many bins as keep a few values in each occupied one, up to {@link #MAX_BINS}. */
  private static int binsFor(long paths) {
    // Few values per occupied bin keep the held bins short to sort, and the count tables small
    // at small path counts.
    return (int) Math.max(16, Math.min(MAX_BINS, Long.highestOneBit(paths) / 2));
  }

  /** The float's bits as an int that orders like the float (negative values flipped). */
  static int orderedBits(float value) {
    return flipNegative(Float.floatToRawIntBits(value));
  }

  /** Flips all but the sign bit of negative ints: its own inverse, to ordered bits and back. */
  private static int flipNegative(int bits) {
    return bits ^ ((bits >> 31) & 0x7FFFFFFF);
  }

  /**
   * Bins spanning twice the range of each series' ordered bits over the pilot paths
   * {@code store[s][0..pilot)}, centred on it.
   */
  static QuantileBins fromPilot(float[][] store, int pilot, long paths) {
    int bins = binsFor(paths);
    int[] lowest = new int[store.length];
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
      lowest[s] = (int) Math.max(Integer.MIN_VALUE, min - width / 2);
      shift[s] = 1; // keeps (key - lowest) >>> shift a non-negative int
      while ((2 * width) >> shift[s] >= bins) {
        shift[s]++;
      }
    }
    return new QuantileBins(bins, lowest, shift, true, new boolean[store.length]);
  }

  /**
   * Bins from each series' smallest to its largest value (neither NaN): every value then lies
   * inside them.
   */
  static QuantileBins fromRanges(float[] min, float[] max, long paths) {
    int bins = binsFor(paths);
    int[] lowest = new int[min.length];
    int[] shift = new int[min.length];
    boolean[] nonNegative = new boolean[min.length];
    for (int s = 0; s < min.length; s++) {
      lowest[s] = orderedBits(min[s]);
      long width = (long) orderedBits(max[s]) - lowest[s]; // below 2^32, read unsigned below
      while (width >> shift[s] >= bins) {
        shift[s]++;
      }
      nonNegative[s] = Float.floatToRawIntBits(min[s]) >= 0; // -0.0 counts as negative
    }
    return new QuantileBins(bins, lowest, shift, false, nonNegative);
  }

  /**
   * The bin of a value, for a series whose bins start at ordered bits {@code low} and are
   * {@code 2^by} keys wide. Keys outside pilot bins ({@code clamped}) clamp to them; the difference
   * is in [0, 2^32), read unsigned. Callers pass loop-invariant flags, so the JIT compiles one loop
   * per case.
   */
  private static int binOf(
      float value, int low, int by, int last, boolean clamped, boolean nonNegative) {
    if (clamped) {
      return Math.min((Math.max(orderedBits(value), low) - low) >>> by, last);
    }
    int key = nonNegative ? Float.floatToRawIntBits(value) : orderedBits(value);
    return (key - low) >>> by;
  }

  /** The smallest value of bin {@code b}; -infinity for the first bin, which is open below. */
  double lowerEdge(int series, int b) {
    if (b <= 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (b >= bins) {
      return Double.POSITIVE_INFINITY;
    }
    long key = lowest[series] + ((long) b << shift[series]);
    key = Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, key));
    return Float.intBitsToFloat(flipNegative((int) key));
  }

  /**
   * Quantiles from the bin counts alone (sketch mode, no stored values): each wanted order statistic
   * is placed inside its bin by its rank, as if the bin's values were spread evenly. The error is at
   * most the width of the bins involved, which {@code errorBound} receives per level (infinite when
   * an order statistic falls in an end bin, which is open).
   */
  double[] estimate(
      int series, int n, int[] counts, double[] levels, double[] errorBound, boolean whole) {
    int base = series * bins;
    long[] ranks = ranks(n, levels);
    int[] binOfRank = new int[ranks.length];
    long[] below = new long[ranks.length];
    locate(base, counts, ranks, binOfRank, below);
    double[] at = new double[ranks.length];
    double[] width = new double[ranks.length];
    for (int r = 0; r < ranks.length; r++) {
      int b = binOfRank[r];
      double from = lowerEdge(series, b);
      double to = lowerEdge(series, b + 1);
      at[r] = from + (ranks[r] - below[r] + 0.5) / counts[base + b] * (to - from);
      width[r] = to - from;
    }
    for (int q = 0; q < levels.length; q++) {
      errorBound[q] = Math.max(width[2 * q], width[2 * q + 1]);
    }
    return interpolate(n, levels, at, whole);
  }

  /**
   * The two order statistics each level interpolates between, {@code floor((n-1) q)} and the next,
   * in pairs; ascending when the levels are.
   */
  private static long[] ranks(int n, double[] levels) {
    long[] ranks = new long[levels.length * 2];
    for (int q = 0; q < levels.length; q++) {
      long lo = (long) Math.floor((n - 1) * levels[q]);
      ranks[2 * q] = lo;
      ranks[2 * q + 1] = Math.min(lo + 1, n - 1);
    }
    return ranks;
  }

  /**
   * Each level's quantile from the values at its pair of {@link #ranks}: between them, or for
   * {@code whole} values the lower one, rounded (a sketch places it inside its bin).
   */
  private static double[] interpolate(int n, double[] levels, double[] atRanks, boolean whole) {
    double[] result = new double[levels.length];
    for (int q = 0; q < levels.length; q++) {
      double lower = atRanks[2 * q];
      double upper = atRanks[2 * q + 1];
      double h = (n - 1) * levels[q];
      result[q] = whole ? Math.rint(lower) : lower + (h - Math.floor(h)) * (upper - lower);
    }
    return result;
  }

  /**
   * For ascending {@code ranks}, in one sweep of the series' counts from {@code base}: the bin
   * holding each rank and how many values lie in the bins before it.
   */
  private void locate(int base, int[] counts, long[] ranks, int[] binOfRank, long[] below) {
    long before = 0;
    int b = 0;
    for (int r = 0; r < ranks.length; r++) {
      while (before + counts[base + b] <= ranks[r]) {
        before += counts[base + b++];
      }
      binOfRank[r] = b;
      below[r] = before;
    }
  }

  /**
   * Bin counts of a series regrouped into {@code edges.length - 1} equal-width bins; each fine bin
   * goes whole to the coarse bin holding its midpoint, and the outer coarse bins take what lies
   * beyond them.
   */
  long[] regroup(int series, int[] counts, double[] edges) {
    int base = series * bins;
    int coarse = edges.length - 1;
    long[] result = new long[coarse];
    double lo = edges[0];
    double scale = coarse / (edges[coarse] - lo);
    for (int b = 0; b < bins; b++) {
      if (counts[base + b] == 0) {
        continue;
      }
      double from = lowerEdge(series, b);
      double to = lowerEdge(series, b + 1);
      double mid = Double.isInfinite(from) ? to : Double.isInfinite(to) ? from : (from + to) / 2;
      int c = (int) Math.floor((mid - lo) * scale);
      result[Math.max(0, Math.min(coarse - 1, c))] += counts[base + b];
    }
    return result;
  }

  /** Adds the bins of {@code values[from..to)} of a series to {@code counts[series * bins ..]}. */
  void count(int series, float[] values, int from, int to, int[] counts) {
    // Locals, not fields: counts is an int[] like lowest and shift, so the JIT would otherwise
    // reload them after every increment.
    int base = series * bins;
    int low = lowest[series];
    int by = shift[series];
    int last = bins - 1;
    boolean rawBitsOrder = nonNegative[series];
    for (int i = from; i < to; i++) {
      counts[base + binOf(values[i], low, by, last, clamped, rawBitsOrder)]++;
    }
  }

  /**
   * Quantiles at {@code levels} (ascending) of {@code values[0..n)}, whose bin counts are
   * {@code counts[series * bins ..]}; order statistics themselves when the values are
   * {@code whole}.
   */
  double[] quantiles(
      int series, float[] values, int n, int[] counts, double[] levels, boolean whole) {
    int base = series * bins;
    long[] ranks = ranks(n, levels);
    int[] binOfRank = new int[ranks.length];
    long[] below = new long[ranks.length];
    locate(base, counts, ranks, binOfRank, below);
    // Slot + 1 of each held bin, 0 for the others: a byte table is quick to allocate and zero.
    byte[] slotOfBin = new byte[bins];
    int[] slotOfRank = new int[ranks.length];
    int[] slotSize = new int[ranks.length];
    int slots = 0;
    for (int r = 0; r < ranks.length; r++) {
      int b = binOfRank[r];
      if (slotOfBin[b] == 0) {
        slotSize[slots] = counts[base + b];
        slotOfBin[b] = (byte) ++slots;
      }
      slotOfRank[r] = slotOfBin[b] - 1;
    }
    float[][] held = new float[slots][];
    int[] fill = new int[slots];
    for (int s = 0; s < slots; s++) {
      held[s] = new float[slotSize[s]];
    }
    int low = lowest[series];
    int by = shift[series];
    int last = bins - 1;
    boolean rawBitsOrder = nonNegative[series];
    for (int i = 0; i < n; i++) {
      float x = values[i];
      int slot = slotOfBin[binOf(x, low, by, last, clamped, rawBitsOrder)] - 1;
      if (slot >= 0) {
        held[slot][fill[slot]++] = x;
      }
    }
    for (float[] bin : held) {
      Arrays.sort(bin);
    }
    double[] atRanks = new double[ranks.length];
    for (int r = 0; r < ranks.length; r++) {
      atRanks[r] = held[slotOfRank[r]][(int) (ranks[r] - below[r])];
    }
    return interpolate(n, levels, atRanks, whole);
  }
}
