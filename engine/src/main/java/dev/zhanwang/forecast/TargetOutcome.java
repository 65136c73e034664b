package dev.zhanwang.forecast;

import dev.zhanwang.data.Target;

/**
 * How likely one target is to be met, and by how much it is missed when it is.
 *
 * @param unit unit of {@code baseValue}, {@code threshold} and the outcome: the indicator's unit for
 *     {@link Criterion#LEVEL}, {@code %} for {@link Criterion#GROWTH}
 * @param baseValue the 2022 value on the same scale (level, or 2022 growth in percent; NaN when the
 *     seed gives none)
 * @param threshold the value the 2023 outcome must reach
 * @param probabilityMet share of paths whose outcome is at or above the threshold
 * @param mcStdError Monte Carlo standard error of {@code probabilityMet}, {@code sqrt(p(1-p)/n)}
 * @param expectedShortfall mean of {@code threshold - outcome} over the paths that miss (NaN when
 *     none does)
 */
public record TargetOutcome(
    Target target,
    Criterion criterion,
    String unit,
    double baseValue,
    double threshold,
    Distribution outcome,
    double probabilityMet,
    double mcStdError,
    double expectedShortfall) {
  /**
   * The statement checked, as the targets file gives it: {@code industrial_output_total level
   * 1210 亿元}, {@code industrial_output_total growth 25%}.
   */
  public String statement() {
    String number = java.math.BigDecimal.valueOf(threshold).stripTrailingZeros().toPlainString();
    return target.id() + " " + criterion.label() + " " + number
        + (unit.equals("%") ? "%" : " " + unit);
  }
}
