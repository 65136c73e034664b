package dev.zhanwang.sim;

/**
 * What one chunk of paths adds up to: moments of every series; per criterion, how many paths
 * met it and by how much the others missed; per target group, how many met it, how many paths met
 * how many groups, and per pair of groups how many met both. Merged in chunk order, so the totals do not depend on
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

  /** Paths on which every target group was met. */
  long allMet;
  /** Per target group: paths that met it. */
  final long[] groupMet;
  /** Per number j of target groups: paths on which exactly j were met. */
  final long[] metCount;
  /** Per pair of groups (see {@link GroupCounts#pairIndex}): paths on which both were met. */
  final long[] bothMet;
  /**
   * When asked for: per criterion, then one row for all groups at once, a bit per path of the
   * chunk that says it met; else null.
   */
  final long[][] metWords;
  /**
   * When asked for: per annual slot (indicator, then composite, as the kernel numbers them), the
   * annual value of every path of the chunk; else null. Kept for the paths a run samples.
   */
  final float[][] annualValues;

  ChunkTotals(SimulationPlan plan) {
    this(plan, false);
  }

  ChunkTotals(SimulationPlan plan, boolean perPath) {
    this(plan, perPath, false);
  }

  /** With the met bits ({@code perPath}) and, when {@code sampled}, the annual values kept. */
  ChunkTotals(SimulationPlan plan, boolean perPath, boolean sampled) {
    int criterionCount = plan.criteria().size();
    int groups = plan.groupCount();
    sum = new double[plan.seriesCount()];
    sumSquares = new double[plan.seriesCount()];
    met = new long[criterionCount];
    shortfall = new double[criterionCount];
    groupMet = new long[groups];
    metCount = new long[groups + 1];
    bothMet = new long[GroupCounts.pairs(groups)];
    metWords = perPath ? new long[criterionCount + 1][Simulator.CHUNK / Long.SIZE] : null;
    annualValues =
        sampled ? new float[plan.indicatorCount() + plan.compositeCount()][Simulator.CHUNK] : null;
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
    for (int g = 0; g < groupMet.length; g++) {
      groupMet[g] += other.groupMet[g];
    }
    for (int j = 0; j < metCount.length; j++) {
      metCount[j] += other.metCount[j];
    }
    for (int pair = 0; pair < bothMet.length; pair++) {
      bothMet[pair] += other.bothMet[pair];
    }
  }

  /** The target groups' counts, as the result keeps them. */
  GroupCounts groups() {
    return new GroupCounts(groupMet, metCount, bothMet);
  }
}
