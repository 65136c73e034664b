package dev.zhanwang.sim;

import java.util.BitSet;
import java.util.Objects;

/**
 * Which paths met each criterion, and which met every target group at once (each by its rule): what pairs two runs path by path.
 * Two runs from the same seed draw the same shocks on path {@code i}, so the difference of their
 * probabilities has a much smaller Monte Carlo error than either probability; estimating that
 * error needs the share of paths on which both met.
 */
public final class MetPaths {
  /** Per criterion, then one row for all at once. */
  private final BitSet[] met;

  MetPaths(BitSet[] met) {
    this.met = met;
  }

  public int criterionCount() {
    return met.length - 1;
  }

  /** The paths that met criterion {@code c}, as a copy. */
  public BitSet met(int c) {
    return (BitSet) met[Objects.checkIndex(c, criterionCount())].clone();
  }

  /** The paths that met every target group at once, each by its rule, as a copy. */
  public BitSet allMet() {
    return (BitSet) met[met.length - 1].clone();
  }

  /**
   * Standard error of {@code P_a(met) - P_b(met)} when paths are paired, {@code a} and {@code b}
   * being the met paths of two runs of the same paths: the square root of
   * {@code (p_a (1 - p_a) + p_b (1 - p_b) - 2 (p_ab - p_a p_b)) / n}, with {@code p_ab} the share
   * met in both.
   */
  public static double pairedStdError(BitSet a, BitSet b, long paths) {
    BitSet both = (BitSet) a.clone();
    both.and(b);
    double pa = (double) a.cardinality() / paths;
    double pb = (double) b.cardinality() / paths;
    double pab = (double) both.cardinality() / paths;
    double variance = pa * (1 - pa) + pb * (1 - pb) - 2 * (pab - pa * pb);
    return Math.sqrt(Math.max(0.0, variance) / paths);
  }
}
