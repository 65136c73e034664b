package dev.zhanwang.data;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One 2022 figure of the seed report, with the exact fragment of the report it comes from.
 *
 * <p>A figure has a level ({@code value}, in {@code unit}), a growth rate on the year before
 * ({@code growthPct}, percent), or both. Rate-only figures (value-added growth) have unit {@code %}
 * and no level.
 *
 * @param id ascii snake_case identifier, also the indicator's id in scenario files
 * @param source the fragment of the seed report the number was read from, verbatim
 */
public record Figure(
    String id,
    String nameZh,
    String nameEn,
    String unit,
    OptionalDouble value,
    OptionalDouble growthPct,
    String scope,
    String source) {

  public Figure {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(growthPct, "growthPct");
    Objects.requireNonNull(source, "source");
    if (value.isEmpty() && growthPct.isEmpty()) {
      throw new IllegalArgumentException(id + ": a figure needs a value, a growth rate or both");
    }
  }

  /** True when the seed gives a level, so the indicator can be simulated as a flow. */
  public boolean hasLevel() {
    return value.isPresent();
  }
}
