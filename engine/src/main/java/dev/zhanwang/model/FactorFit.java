package dev.zhanwang.model;

import java.util.List;
import java.util.Map;

/**
 * {@link GrowthModel#FACTOR} for one indicator: its own iid-lognormal fit (mean and sd of its
 * whole history) and its loading on the common factor ({@link FactorAnalysis}). On its own the
 * indicator is iid-lognormal, so its one-year forecast draws are that model's; the loading only
 * changes how indicators move together.
 */
record FactorFit(NormalFit marginal, double loading, double loadingStdError) implements AnnualFit {
  /** The name of the factor calibration fits: one, common to all of a history's indicators. */
  public static final String COMMON_FACTOR = "common_factor";

  @Override
  public GrowthModel model() {
    return GrowthModel.FACTOR;
  }

  /** Its loading on the one common factor calibration fits, named {@value #COMMON_FACTOR}. */
  @Override
  public Model inScenario() {
    return new Factor(Map.of(COMMON_FACTOR, loading));
  }

  @Override
  public String indicator() {
    return marginal.indicator();
  }

  @Override
  public List<Estimate> estimates() {
    List<Estimate> own = marginal.estimates();
    return List.of(own.get(0), own.get(1), new Estimate("loading", loading, loadingStdError));
  }

  /** Its marginal's: one indicator's likelihood does not see the loading. */
  @Override
  public double aic(double[] x) {
    return marginal.aic(x);
  }

  @Override
  public double centre() {
    return marginal.centre();
  }

  @Override
  public AnnualSampler sampler() {
    return marginal.sampler();
  }
}
