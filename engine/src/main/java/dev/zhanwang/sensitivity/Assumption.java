package dev.zhanwang.sensitivity;

import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One assumption of a scenario that a tornado moves: an indicator's {@code growth_pct} or its
 * {@code uncertainty_pct}, each with the stated range it is moved over.
 *
 * @param indicator the indicator's id
 * @param kind which of its assumptions
 * @param base its value in the scenario
 * @param low the value of the low run
 * @param high the value of the high run
 */
public record Assumption(String indicator, Kind kind, double base, double low, double high) {
  /** Which assumption of an indicator, and the range it is moved over by default. */
  public enum Kind {
    /**
     * {@code growth_pct}, moved to the indicator's own 10% and 90% annual growth in the base run
     * (its December year-to-date level over 2022's, or its rate), so the range is the
     * indicator's own uncertainty band whatever its model.
     */
    GROWTH("growth_pct", "own 10%-90% growth band"),
    /** {@code uncertainty_pct}, moved to half and one and a half times its value. */
    UNCERTAINTY("uncertainty_pct", "x0.5 to x1.5");

    private final String key;
    private final String range;

    Kind(String key, String range) {
      this.key = key;
      this.range = range;
    }

    /** The scenario key, {@code growth_pct} or {@code uncertainty_pct}. */
    public String key() {
      return key;
    }

    /** The default range, in words. */
    public String range() {
      return range;
    }
  }

  /** {@code industrial_output_total.growth_pct}. */
  public String label() {
    return indicator + "." + kind.key();
  }

  /** The scenario with this assumption at {@code value}, everything else as it was. */
  public Scenario at(Scenario scenario, double value) {
    return with(scenario, indicator, kind, value);
  }

  /** The scenario with {@code indicator}'s assumption {@code kind} at {@code value}. */
  static Scenario with(Scenario scenario, String indicator, Kind kind, double value) {
    List<IndicatorSpec> specs = new ArrayList<>();
    for (IndicatorSpec spec : scenario.indicators()) {
      if (!spec.id().equals(indicator)) {
        specs.add(spec);
      } else if (kind == Kind.GROWTH) {
        specs.add(new IndicatorSpec(
            spec.id(),
            spec.flow(),
            value,
            spec.uncertaintyPct(),
            spec.seasonality(),
            spec.growthPath(),
            spec.assumption(),
            spec.model()));
      } else {
        specs.add(new IndicatorSpec(
            spec.id(),
            spec.flow(),
            spec.growthPct(),
            OptionalDouble.of(value),
            spec.seasonality(),
            spec.growthPath(),
            spec.assumption(),
            spec.model()));
      }
    }
    return scenario.withIndicators(specs);
  }
}
