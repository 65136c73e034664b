package dev.zhanwang.model;

import static dev.zhanwang.data.Year.MONTHS;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A scenario's assumptions for one stochastic indicator: what every indicator has, and its
 * {@link Model} with that model's own parameters.
 *
 * @param id the indicator (a 2022 figure's id, or a rate-only indicator a target names)
 * @param flow true when the indicator has a 2022 level and is simulated month by month; false for
 *     rate-only indicators (value-added growth), simulated as annual growth
 * @param growthPct expected annual growth in percent (the median; the mode with skew), in
 *     {@value #GROWTH_RULE}
 * @param uncertaintyPct standard deviation of the annual log-growth, times 100, in
 *     {@value #UNCERTAINTY_RULE}; absent only where the model has its own spread (ar1-monthly's
 *     {@code sigma})
 * @param seasonality 12 monthly shares of the annual total, summing to 1 (flat when not given)
 * @param growthPath how a flow's growth is laid over the months
 * @param assumption free text: why these numbers (carried into the manifest)
 * @param model the model variant and its own parameters
 */
public record IndicatorSpec(
    String id,
    boolean flow,
    double growthPct,
    OptionalDouble uncertaintyPct,
    double[] seasonality,
    GrowthPath growthPath,
    String assumption,
    Model model) {

  /** Sane ranges: beyond them a value is a slip of the keyboard, not a forecast. */
  public static final double MAX_GROWTH_PCT = 1000;

  public static final double MAX_UNCERTAINTY_PCT = 100;
  public static final String GROWTH_RULE = "in (-100, 1000]";
  public static final String UNCERTAINTY_RULE = "in [0, 100]";

  public IndicatorSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(uncertaintyPct, "uncertaintyPct");
    seasonality = seasonality.clone();
    if (seasonality.length != MONTHS) {
      throw new IllegalArgumentException(id + ": seasonality needs 12 shares");
    }
    Objects.requireNonNull(growthPath, "growthPath");
    assumption = assumption == null ? "" : assumption;
    Objects.requireNonNull(model, "model");
  }

  /** The model's variant: {@code model().variant()}. */
  public GrowthModel variant() {
    return model.variant();
  }

  /** The same indicator under another model. */
  public IndicatorSpec withModel(Model other) {
    return new IndicatorSpec(
        id, flow, growthPct, uncertaintyPct, seasonality, growthPath, assumption, other);
  }

  /** Whether {@code growthPct} is a growth a scenario may state. */
  public static boolean growthAllowed(double growthPct) {
    return growthPct > -100 && growthPct <= MAX_GROWTH_PCT;
  }

  /** Whether {@code uncertaintyPct} is an uncertainty a scenario may state. */
  public static boolean uncertaintyAllowed(double uncertaintyPct) {
    return uncertaintyPct >= 0 && uncertaintyPct <= MAX_UNCERTAINTY_PCT;
  }

  /** Flat seasonality: every month 1/12 of the year. */
  public static double[] flatSeasonality() {
    double[] shares = new double[MONTHS];
    Arrays.fill(shares, 1.0 / MONTHS);
    return shares;
  }

  @Override
  public double[] seasonality() {
    return seasonality.clone();
  }
}
