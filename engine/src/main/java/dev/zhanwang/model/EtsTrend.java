package dev.zhanwang.model;

import dev.zhanwang.data.History;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link GrowthModel#ETS_TREND}: Holt's linear trend on the annual log level
 * {@code y[t] = ln L[t]}, fitted to the scenario's history when the scenario loads
 * ({@link HoltFit}): level {@code l[t] = alpha y[t] + (1 - alpha)(l[t-1] + b[t-1])}, trend
 * {@code b[t] = beta (l[t] - l[t-1]) + (1 - beta) b[t-1]}. Next year:
 * {@code G = l[n] + b[n] - y[n] + s T}, {@code s^2} the one-step errors' mean square over
 * {@code n - 4} degrees of freedom and {@code T} Student-t with {@code n - 4} degrees of freedom
 * (the predictive distribution when the variance is estimated), drawn by
 * {@link StudentTShocks}. Needs at least 6 years of annual growth; the file gives no parameters.
 *
 * @param fit the fit to the history, which gives growth_pct, uncertainty_pct and the degrees of
 *     freedom
 */
public record EtsTrend(FittedModel fit) implements Model {
  static final Variant VARIANT = new Variant() {
    @Override
    public String label() {
      return "ets-trend";
    }

    @Override
    public boolean fromHistory() {
      return true;
    }

    @Override
    public Optional<Model> read(ModelReader in) {
      return Calibration.inScenario(GrowthModel.ETS_TREND, in).map(EtsTrend::new);
    }

    @Override
    public Optional<String> unsupported(History history, String indicator) {
      return Calibration.annualProblem(history, indicator, 6, label());
    }

    @Override
    public Map<String, FittedModel> fit(History history, List<String> indicators) {
      return Calibration.each(
          indicators,
          indicator -> HoltFit.of(
              indicator, Calibration.series(history, indicator).annualLevels().levels()));
    }
  };

  @Override
  public GrowthModel variant() {
    return GrowthModel.ETS_TREND;
  }

  @Override
  public Optional<FittedModel> fitted() {
    return Optional.of(fit);
  }

  @Override
  public Draw draw(IndicatorSpec spec, double[] expectedMonths) {
    double df = fit.predictiveDegreesOfFreedom();
    // The predictive Student-t has scale (not sd) s; normal when it has no finite df.
    boolean finite = df > 0 && Double.isFinite(df);
    return new Draw.Annual(
        finite ? new StudentTShocks(Model.sd(spec), df) : new NormalShocks((float) Model.sd(spec)),
        false);
  }

  @Override
  public Map<String, Double> parameters() {
    Map<String, Double> parameters = new LinkedHashMap<>();
    fit.estimates().forEach(e -> parameters.put(e.name(), e.value()));
    return parameters;
  }
}
