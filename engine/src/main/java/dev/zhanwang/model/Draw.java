package dev.zhanwang.model;

/**
 * How an indicator is drawn in a simulation: month by month, or from one annual shock.
 */
public sealed interface Draw {
  /** Monthly dynamics ({@link GrowthModel#AR1_MONTHLY}), from the month's correlated normals. */
  record Monthly(Ar1Months months) implements Draw {}

  /**
   * One annual shock (the sum of the year's correlated normals over {@code sqrt 12}) turned into
   * a growth multiplier.
   *
   * @param whole whether the indicator counts whole things, so its year-to-date values are
   *     integers
   */
  record Annual(AnnualSampler sampler, boolean whole) implements Draw {}
}
