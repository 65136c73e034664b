package dev.zhanwang.sim;

import java.util.BitSet;
import java.util.Objects;

/**
 * The first paths of a run one by one, for analysts who continue outside the engine: each path's
 * annual value of every indicator and composite, as the kernel checked it, and whether it met each
 * criterion and every target group at once. They are the run's own paths (the first chunks of its
 * seed, whatever the thread count), so the met paths among them are among those the run counted.
 */
public final class SampledPaths {
  private final int paths;
  /** Per annual slot: indicator {@code i}, then composite {@code c} at {@code K + c}. */
  private final float[][] annual;

  private final int indicatorCount;
  /** Per criterion, then one row for all groups at once. */
  private final BitSet[] met;

  SampledPaths(int paths, int indicatorCount, float[][] annual, BitSet[] met) {
    this.paths = paths;
    this.indicatorCount = indicatorCount;
    this.annual = annual;
    this.met = met;
  }

  /** How many paths: the first ones of the run. */
  public int paths() {
    return paths;
  }

  /**
   * Indicator {@code i}'s annual value on path {@code path} (from 0), in the plan's units: a
   * flow's December year-to-date level, else its growth in percent.
   */
  public float indicator(int i, int path) {
    return annual[Objects.checkIndex(i, indicatorCount)][Objects.checkIndex(path, paths)];
  }

  /** Composite {@code c}'s annual growth in percent on path {@code path}. */
  public float composite(int c, int path) {
    return annual[indicatorCount + Objects.checkIndex(c, annual.length - indicatorCount)][
        Objects.checkIndex(path, paths)];
  }

  /** Whether path {@code path} met criterion {@code c}, as the run counted it. */
  public boolean met(int c, int path) {
    return met[Objects.checkIndex(c, met.length - 1)].get(Objects.checkIndex(path, paths));
  }

  /** Whether path {@code path} met every target group at once, each by its rule. */
  public boolean allMet(int path) {
    return met[met.length - 1].get(Objects.checkIndex(path, paths));
  }
}
