package dev.zhanwang.nowcast;

/**
 * The 同口径 restatement one actual implies: a year-to-date value {@code C_m} and growth
 * {@code G_m} published together imply a comparable prior-year base {@code C_m / (1 + G_m)}, which
 * differs from the 2022 figure's seasonal path {@code B_m} (the 2022 total spread by the
 * scenario's seasonality) when the bureau compares on a restated scope, or when the seasonality
 * is not 2022's.
 *
 * @param indicator the indicator
 * @param period the period as published
 * @param ytd the year-to-date value {@code C_m}
 * @param growthPct the year-to-date growth {@code G_m}, percent
 * @param impliedBase {@code C_m / (1 + G_m)}
 * @param seasonalBase {@code B_m}
 */
public record Restatement(
    String indicator,
    String period,
    double ytd,
    double growthPct,
    double impliedBase,
    double seasonalBase) {

  /** {@code impliedBase - seasonalBase}. */
  public double difference() {
    return impliedBase - seasonalBase;
  }

  /** The difference as a share of the seasonal base, in percent. */
  public double differencePct() {
    return 100.0 * (impliedBase / seasonalBase - 1.0);
  }
}
