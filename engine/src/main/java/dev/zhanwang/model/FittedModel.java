package dev.zhanwang.model;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A growth-model variant fitted to one indicator's history ({@link Calibration}): its parameters
 * with standard errors, and draws of the next year's annual log-growth for backtests, made by the
 * sampler a simulation of the fitted model uses ({@link AnnualFit}, {@link Ar1Months}).
 */
public interface FittedModel {
  GrowthModel model();

  String indicator();

  /** The fitted parameters, in scenario units and keys, in the order a scenario lists them. */
  List<Estimate> estimates();

  /**
   * The model with the fitted parameters, as a scenario states it (its growth and uncertainty
   * are the {@code growth_pct} and {@code uncertainty_pct} estimates).
   */
  Model inScenario();

  /** The estimate named {@code name} ({@code growth_pct}, {@code uncertainty_pct}, ...). */
  default double estimate(String name) {
    return estimates().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(model().label() + " has no " + name))
        .value();
  }

  /**
   * Akaike's criterion {@code 2k - 2 ln L} of the annual log-growth {@code x} at the fitted
   * parameters, for the models whose likelihood is of the annual log-growth (iid-lognormal,
   * split-normal, student-t, factor's marginal); NaN for those fitted to other data (monthly
   * levels, log levels) or without a likelihood (bootstrap), which AIC cannot compare.
   */
  default double aic(double[] x) {
    return Double.NaN;
  }

  /**
   * {@code n} draws of {@code G = ln(L[y+1] / L[y])}, the annual log-growth into the year after
   * the last complete year of the history; uses only {@code rng} for randomness.
   */
  double[] sampleAnnualLogGrowth(UniformRandomProvider rng, int n);

  /**
   * For a model that resamples history (bootstrap): the equally likely values of next year's
   * annual log-growth, ascending; empty for parametric models.
   */
  default double[] resampledLogGrowth() {
    return new double[0];
  }

  /**
   * Degrees of freedom of the Student-t predictive distribution of next year's log-growth around
   * {@code growth_pct} with scale {@code uncertainty_pct}; infinite where it is normal.
   */
  default double predictiveDegreesOfFreedom() {
    return Double.POSITIVE_INFINITY;
  }
}
