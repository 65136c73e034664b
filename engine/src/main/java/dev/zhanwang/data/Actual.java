package dev.zhanwang.data;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One published year-to-date observation of an indicator, as the statistics bureau gives it: the
 * year-to-date value (累计值), the year-to-date growth (累计增速), or both, for the months of the
 * year up to {@code month}. January and February are published together (1-2月): such a row has
 * {@code month} 2 and {@code combined} true.
 *
 * @param indicator the scenario's indicator id
 * @param month the last month the figures cover, 1..12
 * @param combined whether the row is the bureau's combined 1-2月 figure
 * @param value the year-to-date value, in the indicator's unit; empty for growth-only indicators
 * @param growthPct the year-to-date growth on the same months of the prior year, in percent
 * @param source where the figures come from
 * @param line the row's line in its file, for messages
 */
public record Actual(
    String indicator,
    int month,
    boolean combined,
    OptionalDouble value,
    OptionalDouble growthPct,
    String source,
    int line) {
  public Actual {
    Objects.requireNonNull(indicator, "indicator");
    if (month < 1 || month > Year.MONTHS) {
      throw new IllegalArgumentException("month must be in 1..12, but was " + month);
    }
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(growthPct, "growthPct");
    if (value.isEmpty() && growthPct.isEmpty()) {
      throw new IllegalArgumentException(indicator + ": an actual needs a value or a growth rate");
    }
    Objects.requireNonNull(source, "source");
  }

  /** The period as the bureau names it: {@code 2023-06}, or {@code 2023-1-2月} for 1-2月. */
  public String period(int year) {
    return combined ? year + "-1-2月" : String.format("%d-%02d", year, month);
  }
}
