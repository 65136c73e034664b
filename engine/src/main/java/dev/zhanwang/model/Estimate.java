package dev.zhanwang.model;

/**
 * One fitted parameter, in the units a scenario file uses.
 *
 * @param name the scenario key ({@code growth_pct}, {@code uncertainty_pct}, {@code phi}, ...)
 * @param stdError its standard error, NaN where the fit gives none (a bound, a forecast)
 */
public record Estimate(String name, double value, double stdError) {

  /** {@code growth_pct = 100 (exp(m) - 1)}, s.e. by the delta method {@code 100 exp(m) se(m)}. */
  static Estimate growthPct(double logGrowth, double stdError) {
    return new Estimate(
        "growth_pct", 100 * Math.expm1(logGrowth), 100 * Math.exp(logGrowth) * stdError);
  }

  /** {@code uncertainty_pct = 100 sd}. */
  static Estimate uncertaintyPct(double sd, double stdError) {
    return new Estimate("uncertainty_pct", 100 * sd, 100 * stdError);
  }
}
