package dev.zhanwang.model;

import dev.zhanwang.data.History;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link GrowthModel#BOOTSTRAP}: resampled history, fitted when the scenario loads
 * ({@link BootstrapFit}): {@code G = xbar + r*}, {@code r*} one of the residuals
 * {@code r[t] = x[t] - xbar} of the annual log-growth {@code x[t]}, each equally likely, picked by
 * the rank of the indicator's annual shock ({@link Shocks}: a Gaussian copula, so the scenario's
 * correlations hold). Needs at least 5 years of annual growth; the file gives no parameters.
 *
 * @param fit the fit to the history, which gives the resampled values
 */
public record Bootstrap(FittedModel fit) implements Model {
  static final Variant VARIANT = new Variant() {
    @Override
    public String label() {
      return "bootstrap";
    }

    @Override
    public boolean fromHistory() {
      return true;
    }

    @Override
    public Optional<Model> read(ModelReader in) {
      return Calibration.inScenario(GrowthModel.BOOTSTRAP, in).map(Bootstrap::new);
    }

    @Override
    public Optional<String> unsupported(History history, String indicator) {
      return Calibration.annualProblem(history, indicator, 5, label());
    }

    @Override
    public Map<String, FittedModel> fit(History history, List<String> indicators) {
      return Calibration.annualFits(history, indicators, BootstrapFit::of);
    }
  };

  @Override
  public GrowthModel variant() {
    return GrowthModel.BOOTSTRAP;
  }

  @Override
  public Optional<FittedModel> fitted() {
    return Optional.of(fit);
  }

  @Override
  public Draw draw(IndicatorSpec spec, double[] expectedMonths) {
    return new Draw.Annual(
        new Shocks(fit.resampledLogGrowth(), Math.log1p(spec.growthPct() / 100.0)), false);
  }

  @Override
  public Map<String, Double> parameters() {
    Map<String, Double> parameters = new LinkedHashMap<>();
    fit.estimates().forEach(e -> parameters.put(e.name(), e.value()));
    return parameters;
  }

  /**
   * {@code m = exp(values[floor(Phi(z) n)] - centre)}: the shock's normal rank picks one of the
   * {@code n} equally likely values (ascending), so correlated shocks pick correlated values.
   */
  record Shocks(double[] values, double centre) implements AnnualSampler {
    @Override
    public void multipliers(float[] z, float[] m, int n) {
      for (int p = 0; p < n; p++) {
        double u = StandardNormal.cdf(z[p]);
        int pick = Math.min(values.length - 1, (int) (u * values.length));
        m[p] = (float) Math.exp(values[pick] - centre);
      }
    }
  }
}
