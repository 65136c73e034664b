package dev.zhanwang.model;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An indicator's model variant with the parameters it has beyond what every indicator has
 * (growth, uncertainty, seasonality, growth path: {@link IndicatorSpec}). One record per
 * variant; each knows its {@link GrowthModel}, how an indicator under it is drawn ({@link Draw}:
 * the one sampler the kernel and the backtest share) and its own parameters by scenario key. The
 * closed set is {@link GrowthModel}'s, by name; a new variant adds its file and one constant there.
 */
public interface Model {

  GrowthModel variant();

  /**
   * How {@code spec} is drawn under this model.
   *
   * @param expectedMonths a flow's expected monthly levels (empty for a rate)
   */
  Draw draw(IndicatorSpec spec, double[] expectedMonths);

  /**
   * The model's year seen month by month, for a nowcast ({@link MonthlyForm}): empty for a model
   * that has none yet. The form's Javadoc says how the year to date reveals the year and how the
   * form is conditioned on observed months.
   *
   * @param expectedMonths the indicator's expected monthly levels; for a rate, {@code (1+g)/12}
   *     each month
   */
  default Optional<MonthlyForm> monthlyForm(IndicatorSpec spec, double[] expectedMonths) {
    return Optional.empty();
  }

  /** This model's own parameters by scenario key, in the order a scenario lists them. */
  Map<String, Double> parameters();

  /**
   * Whether the model itself sets its indicator's correlation with others (factor loadings), so
   * that the scenario's correlation matrix must not list it.
   */
  default boolean setsCorrelations() {
    return false;
  }

  /**
   * The correlation this model sets between its indicator's shock and one under {@code other};
   * empty where the scenario's correlation matrix decides.
   */
  default OptionalDouble correlationWith(Model other) {
    return OptionalDouble.empty();
  }

  /** The fit a model drawn from the scenario's history was made from; empty for the others. */
  default Optional<FittedModel> fitted() {
    return Optional.empty();
  }

  /** The standard deviation of the annual log-growth: {@code uncertainty_pct / 100}. */
  static double sd(IndicatorSpec spec) {
    return spec.uncertaintyPct().orElse(0.0) / 100.0;
  }
}
