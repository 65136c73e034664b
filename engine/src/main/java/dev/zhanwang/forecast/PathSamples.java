package dev.zhanwang.forecast;

import dev.zhanwang.sim.SampledPaths;
import java.util.List;
import java.util.Objects;

/**
 * The first paths of a run one by one, on the targets' scales, for analysts who continue in
 * pandas or R: per indicator and composite its annual value (a flow's December year-to-date level
 * in its unit and its growth on 2022 in percent; a rate's or composite's growth in percent), per
 * target check whether the path met it, and whether it met every target group at once. The met
 * flags are the run's own checks, so over all paths their share is the run's P(target met).
 */
public final class PathSamples {
  /**
   * An indicator or composite, in the order of the scenario's indicators, then its composites.
   *
   * @param unit a flow's level unit; {@code %} for a rate or composite
   * @param level2022 a flow's 2022 level, which its growth is measured against; NaN for a rate or
   *     composite, whose annual value is a growth
   */
  public record Quantity(String id, String unit, boolean flow, double level2022) {}

  /** A target check, as summary.csv's {@code target_id} and {@code criterion} name it. */
  public record Check(String targetId, Criterion criterion) {}

  private final List<Quantity> quantities;
  private final int indicatorCount;
  private final List<Check> checks;
  private final SampledPaths values;

  /**
   * @param quantities the indicators, then the composites, as the kernel numbers them
   * @param indicatorCount how many of {@code quantities} are indicators
   * @param checks the target checks in criterion order
   */
  PathSamples(
      List<Quantity> quantities, int indicatorCount, List<Check> checks, SampledPaths values) {
    this.quantities = List.copyOf(quantities);
    this.indicatorCount = indicatorCount;
    this.checks = List.copyOf(checks);
    this.values = Objects.requireNonNull(values, "values");
  }

  /** How many paths, the first of the run. */
  public int paths() {
    return values.paths();
  }

  public List<Quantity> quantities() {
    return quantities;
  }

  public List<Check> checks() {
    return checks;
  }

  /**
   * Quantity {@code q}'s annual value on path {@code path} (from 0), in single precision as it
   * was simulated and checked: a flow's level, else its growth in percent.
   */
  public float annual(int q, int path) {
    return q < indicatorCount
        ? values.indicator(q, path)
        : values.composite(q - indicatorCount, path);
  }

  /**
   * Quantity {@code q}'s growth in percent on path {@code path}: a flow's level against 2022 by
   * the formula summary.csv's growth rows use ({@code 100 / level2022 * level - 100}), else its
   * annual value.
   */
  public double growthPct(int q, int path) {
    Quantity quantity = quantities.get(q);
    float annual = annual(q, path);
    return quantity.flow() ? 100.0 / quantity.level2022() * annual - 100.0 : annual;
  }

  /** Whether path {@code path} met check {@code c}. */
  public boolean met(int c, int path) {
    return values.met(c, path);
  }

  /** Whether path {@code path} met every target group at once, each by its rule. */
  public boolean allMet(int path) {
    return values.allMet(path);
  }
}
