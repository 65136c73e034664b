package dev.zhanwang.sim;

import java.util.Objects;

/**
 * What the kernel counts of the target groups (see {@link PlannedGroup}): per group the paths that
 * met it, per number {@code j} the paths on which exactly {@code j} groups were met, and per pair
 * of groups the paths on which both were. Plain counts, added chunk by chunk, so they are the same
 * on any number of threads; every joint figure (P(all met), P(at least k of n), the expected
 * number met, P(B | A)) follows from them exactly.
 *
 * @param met per group, paths that met it
 * @param metCount per {@code j = 0..n}, paths on which exactly {@code j} of the {@code n} groups
 *     were met
 * @param bothMet per pair {@code g < h} in the order of {@link #pairIndex}, paths on which both
 *     were met; empty when there are more than {@link #MAX_PAIR_GROUPS} groups
 */
public record GroupCounts(long[] met, long[] metCount, long[] bothMet) {
  /**
   * Pairs are counted up to this many groups (4,950 pairs): the count costs a few operations per
   * pair and block of paths, and a table of pairs beyond it is no longer read.
   */
  public static final int MAX_PAIR_GROUPS = 100;

  public GroupCounts {
    met = met.clone();
    metCount = metCount.clone();
    bothMet = bothMet.clone();
    if (metCount.length != met.length + 1) {
      throw new IllegalArgumentException("one count per number of groups met, 0.." + met.length);
    }
  }

  public int groupCount() {
    return met.length;
  }

  /** Whether {@link #bothMet(int, int)} is known (at most {@link #MAX_PAIR_GROUPS} groups). */
  public boolean pairsCounted() {
    return pairsCounted(met.length);
  }

  static boolean pairsCounted(int groups) {
    return groups <= MAX_PAIR_GROUPS;
  }

  /** Paths on which groups {@code a} and {@code b} (distinct) were both met. */
  public long bothMet(int a, int b) {
    if (!pairsCounted()) {
      throw new IllegalStateException("pairs are counted up to " + MAX_PAIR_GROUPS + " groups");
    }
    Objects.checkIndex(a, met.length);
    Objects.checkIndex(b, met.length);
    if (a == b) {
      throw new IllegalArgumentException("a pair needs two groups, but both were " + a);
    }
    return bothMet[pairIndex(Math.min(a, b), Math.max(a, b), met.length)];
  }

  /** Paths on which at least {@code k} groups were met. */
  public long atLeast(int k) {
    long paths = 0;
    for (int j = Math.max(0, k); j < metCount.length; j++) {
      paths += metCount[j];
    }
    return paths;
  }

  /** Index of the pair {@code g < h} of {@code n} groups: row by row of the upper triangle. */
  static int pairIndex(int g, int h, int n) {
    return g * n - g * (g + 1) / 2 + (h - g - 1);
  }

  static int pairs(int n) {
    return pairsCounted(n) ? n * (n - 1) / 2 : 0;
  }
}
