package dev.zhanwang.sim;

/**
 * What one chunk of paths adds up to: moments of every series and, per criterion, how many paths
 * met it and by how much the others missed. Merged in chunk order, so the totals do not depend on
 * which thread ran which chunk.
 */
final class ChunkTotals {
  long paths;
  /** Per series: sums of (x - centre) and of its square, centred for numerical stability. */
  final double[] sum;

  final double[] sumSquares;
  final long[] met;
  /** Per criterion: sum of (threshold - x) over paths that missed. */
  final double[] shortfall;

  long allMet;
  /**
   * When asked for: per criterion, then one row for all at once, a bit per path of the chunk that
   * says it met; else null.
   */
  final long[][] metWords;

  ChunkTotals(int seriesCount, int criterionCount) {
    this(seriesCount, criterionCount, false);
  }

  ChunkTotals(int seriesCount, int criterionCount, boolean perPath) {
    sum = new double[seriesCount];
    sumSquares = new double[seriesCount];
    met = new long[criterionCount];
    shortfall = new double[criterionCount];
    metWords = perPath ? new long[criterionCount + 1][Simulator.CHUNK / Long.SIZE] : null;
  }

  void add(ChunkTotals other) {
    paths += other.paths;
    for (int s = 0; s < sum.length; s++) {
      sum[s] += other.sum[s];
      sumSquares[s] += other.sumSquares[s];
    }
    for (int c = 0; c < met.length; c++) {
      met[c] += other.met[c];
      shortfall[c] += other.shortfall[c];
    }
    allMet += other.allMet;
  }
}
