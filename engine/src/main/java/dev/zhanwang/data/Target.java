package dev.zhanwang.data;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One quantitative 2023 target of the seed report, with the exact fragment it comes from.
 *
 * <p>A target is a level to reach ({@code value}, in {@code unit}), a growth rate to reach
 * ({@code growthPct}), or both; the seed states some targets both ways ("1210亿元，增长25%"), and the
 * two are checked separately. Where the seed states one target twice with different numbers, each
 * statement is its own row with its own {@code id} and {@code source}.
 *
 * @param id ascii snake_case, unique among targets
 * @param indicator the indicator the target is measured on: the id of the 2022 figure of the same
 *     statistic, or of a rate-only indicator (sector growth); empty when the seed gives nothing to
 *     forecast it from
 * @param comparisonNote why the target has no comparable 2022 figure (no {@code indicator}, or one
 *     of another measure or scope); empty when the indicator's 2022 figure is what the target is
 *     compared with
 */
public record Target(
    String id,
    String indicator,
    String nameZh,
    String nameEn,
    String unit,
    OptionalDouble value,
    OptionalDouble growthPct,
    String scope,
    String source,
    Optional<String> comparisonNote) {

  public Target {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(comparisonNote, "comparisonNote");
    comparisonNote = comparisonNote.map(String::strip).filter(note -> !note.isEmpty());
    indicator = indicator == null ? "" : indicator;
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(growthPct, "growthPct");
    Objects.requireNonNull(source, "source");
    if (value.isEmpty() && growthPct.isEmpty()) {
      throw new IllegalArgumentException(id + ": a target needs a value, a growth rate or both");
    }
  }

  /** A target with no comparison note: its indicator's 2022 figure is its comparator. */
  public Target(
      String id,
      String indicator,
      String nameZh,
      String nameEn,
      String unit,
      OptionalDouble value,
      OptionalDouble growthPct,
      String scope,
      String source) {
    this(id, indicator, nameZh, nameEn, unit, value, growthPct, scope, source, Optional.empty());
  }
}
