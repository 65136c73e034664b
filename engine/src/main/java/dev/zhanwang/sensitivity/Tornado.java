package dev.zhanwang.sensitivity;

import java.util.List;

/**
 * One target check's one-at-a-time swings: each assumption moved over its range with everything
 * else held, all runs from the same seed, so a swing's error is paired path by path.
 *
 * @param check the target check
 * @param probabilityBase P(met) in the scenario as it is
 * @param baseStdError its Monte Carlo standard error
 * @param bars one per assumption, largest absolute swing first
 */
public record Tornado(
    TargetCheck check, double probabilityBase, double baseStdError, List<Bar> bars) {
  public Tornado {
    bars = List.copyOf(bars);
  }

  /**
   * One assumption's bar.
   *
   * @param assumption the assumption and its range
   * @param probabilityLow P(met) with the assumption at its low value
   * @param probabilityHigh P(met) at its high value
   * @param swingStdError the paired Monte Carlo standard error of the swing
   * @param feeds whether the assumption's indicator enters the checked outcome at all (if not,
   *     its swing is exactly zero under common random numbers)
   */
  public record Bar(
      Assumption assumption,
      double probabilityLow,
      double probabilityHigh,
      double swingStdError,
      boolean feeds) {
    /** {@code P(high) - P(low)}, in probability (not percentage points). */
    public double swing() {
      return probabilityHigh - probabilityLow;
    }
  }
}
