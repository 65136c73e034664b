package dev.zhanwang.scenario;

import static dev.zhanwang.data.Year.MONTHS;

import dev.zhanwang.model.GrowthModel;
import dev.zhanwang.model.GrowthPath;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A scenario's assumptions for one stochastic indicator.
 *
 * @param id the indicator (a 2022 figure's id, or a rate-only indicator a target names)
 * @param flow true when the indicator has a 2022 level and is simulated month by month; false for
 *     rate-only indicators (value-added growth), simulated as annual growth
 * @param growthPct expected annual growth in percent (the median; the mode with skew)
 * @param uncertaintyPct standard deviation of the annual log-growth, times 100
 * @param sigma ar1-monthly only, instead of {@code uncertaintyPct}: the monthly innovation's
 *     standard deviation in log units
 * @param phi ar1-monthly only: the AR(1) coefficient of monthly log-growth, in (-1, 1)
 * @param seasonality 12 monthly shares of the annual total, summing to 1 (flat when not given)
 * @param skew split-normal only: balance of risks in (-1, 1), 0 for symmetric
 * @param assumption free text: why these numbers (carried into the manifest)
 * @param degreesOfFreedom student-t only: degrees of freedom, > 2 (0 for other models)
 * @param loadings factor only: loading of the indicator's shock on each named common factor
 * @param resampledLogGrowth bootstrap only: the equally likely annual log-growth values fitted
 *     from the scenario's history, ascending
 */
public record IndicatorSpec(
    String id,
    boolean flow,
    GrowthModel model,
    double growthPct,
    OptionalDouble uncertaintyPct,
    OptionalDouble sigma,
    double phi,
    double[] seasonality,
    double skew,
    GrowthPath growthPath,
    String assumption,
    double degreesOfFreedom,
    Map<String, Double> loadings,
    double[] resampledLogGrowth) {


  public IndicatorSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(uncertaintyPct, "uncertaintyPct");
    Objects.requireNonNull(sigma, "sigma");
    if (uncertaintyPct.isPresent() == sigma.isPresent()) {
      throw new IllegalArgumentException(id + ": exactly one of uncertainty_pct and sigma");
    }
    seasonality = seasonality.clone();
    if (seasonality.length != MONTHS) {
      throw new IllegalArgumentException(id + ": seasonality needs 12 shares");
    }
    Objects.requireNonNull(growthPath, "growthPath");
    assumption = assumption == null ? "" : assumption;
    loadings = Collections.unmodifiableMap(new LinkedHashMap<>(loadings));
    resampledLogGrowth = resampledLogGrowth.clone();
  }

  /** A spec of a model that resamples no history. */
  public IndicatorSpec(String id, boolean flow, GrowthModel model, double growthPct,
      OptionalDouble uncertaintyPct, OptionalDouble sigma, double phi, double[] seasonality,
      double skew, GrowthPath growthPath, String assumption, double degreesOfFreedom,
      Map<String, Double> loadings) {
    this(id, flow, model, growthPct, uncertaintyPct, sigma, phi, seasonality, skew, growthPath,
        assumption, degreesOfFreedom, loadings, new double[0]);
  }

  @Override
  public double[] resampledLogGrowth() {
    return resampledLogGrowth.clone();
  }

  /** A spec of a model without degrees of freedom or factor loadings. */
  public IndicatorSpec(String id, boolean flow, GrowthModel model, double growthPct,
      OptionalDouble uncertaintyPct, OptionalDouble sigma, double phi, double[] seasonality,
      double skew, GrowthPath growthPath, String assumption) {
    this(id, flow, model, growthPct, uncertaintyPct, sigma, phi, seasonality, skew, growthPath,
        assumption, 0.0, Map.of(), new double[0]);
  }

  /** Flat seasonality: every month 1/12 of the year. */
  public static double[] flatSeasonality() {
    double[] shares = new double[MONTHS];
    java.util.Arrays.fill(shares, 1.0 / MONTHS);
    return shares;
  }

  @Override
  public double[] seasonality() {
    return seasonality.clone();
  }
}
