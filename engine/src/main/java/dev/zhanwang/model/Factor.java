package dev.zhanwang.model;

import dev.zhanwang.data.History;
import dev.zhanwang.data.HistorySeries;
import dev.zhanwang.input.NumberText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@link GrowthModel#FACTOR}: common factors drive the shocks of several indicators,
 * {@code G_i = m_i + sd_i (sum_j b_ij F_j + sqrt(1 - sum_j b_ij^2) E_i)} with factors {@code F_j}
 * and idiosyncratic shocks {@code E_i} independent standard normal and
 * {@code sum_j b_ij^2 <= 1}; two factor indicators' shocks correlate by {@code sum_j b_ij b_kj}
 * ({@link FactorStructure}). On its own an indicator is iid-lognormal. Fitted as one common factor
 * over all of a history's indicators ({@link FactorAnalysis}), at least
 * {@value FactorAnalysis#MIN_INDICATORS} of them.
 *
 * @param loadings the indicator's loading on each named common factor, in [-1, 1]
 */
public record Factor(Map<String, Double> loadings) implements Model {
  static final double SUM_TOLERANCE = 1e-6;

  public Factor {
    loadings = Collections.unmodifiableMap(new LinkedHashMap<>(loadings));
  }

  static final Variant VARIANT = new Variant() {
    @Override
    public String label() {
      return "factor";
    }

    @Override
    public List<String> keys() {
      return List.of("loadings");
    }

    @Override
    public Optional<Model> read(ModelReader in) {
      return in.namedNumbers("loadings", true, b -> b >= -1 && b <= 1, "in [-1, 1]")
          .filter(loadings -> {
            double squares = loadings.values().stream().mapToDouble(b -> b * b).sum();
            boolean ok = squares <= 1 + SUM_TOLERANCE;
            if (!ok) {
              in.report(
                  "loadings",
                  "must have squares summing to at most 1 (the rest is the"
                      + " indicator's own shock), but summed to " + NumberText.format(squares));
            }
            return ok;
          })
          .map(Factor::new);
    }

    @Override
    public Optional<String> unsupported(History history, String indicator) {
      Calibration.series(history, indicator);
      int k = history.series().size();
      if (k < FactorAnalysis.MIN_INDICATORS) {
        return Optional.of("must be one of at least " + FactorAnalysis.MIN_INDICATORS
            + " indicators for " + label() + ", but the history has " + k);
      }
      for (HistorySeries series : history.series()) {
        Optional<String> constant = Calibration.constant(series, label());
        if (constant.isPresent()) {
          return Optional.of(constant.get() + " (" + series.indicator() + ")");
        }
      }
      int[] span = FactorAnalysis.commonYears(history);
      return Calibration.atLeast(
          Math.max(0, span[1] - span[0] + 1),
          FactorAnalysis.minYears(k),
          "years of annual growth in common with every other indicator",
          label());
    }

    @Override
    public Map<String, FittedModel> fit(History history, List<String> indicators) {
      Map<String, FittedModel> fits = new LinkedHashMap<>();
      if (indicators.isEmpty()) {
        return fits;
      }
      FactorAnalysis factor = FactorAnalysis.fit(history);
      for (String indicator : indicators) {
        int i = factor.indicators().indexOf(indicator);
        double[] growth = Calibration.series(history, indicator).annualLevels().logGrowth();
        fits.put(
            indicator,
            new FactorFit(
                NormalFit.of(indicator, growth), factor.loadings()[i], factor.stdErrors()[i]));
      }
      return fits;
    }
  };

  @Override
  public GrowthModel variant() {
    return GrowthModel.FACTOR;
  }

  @Override
  public Draw draw(IndicatorSpec spec, double[] expectedMonths) {
    return new Draw.Annual(new NormalShocks((float) Model.sd(spec)), false);
  }

  /** Its monthly form: the annual shock as a Brownian bridge on the seasonal clock. */
  @Override
  public Optional<MonthlyForm> monthlyForm(IndicatorSpec spec, double[] expectedMonths) {
    return Optional.of(
        new BridgeForm(expectedMonths, ((Draw.Annual) draw(spec, expectedMonths)).sampler()));
  }

  @Override
  public Map<String, Double> parameters() {
    Map<String, Double> parameters = new LinkedHashMap<>();
    loadings.forEach((factor, b) -> parameters.put("loadings." + factor, b));
    return parameters;
  }

  @Override
  public boolean setsCorrelations() {
    return true;
  }

  /** Shares the factors it loads on: {@code sum_j b_ij b_kj}. */
  @Override
  public OptionalDouble correlationWith(Model other) {
    if (!(other instanceof Factor that)) {
      return OptionalDouble.empty();
    }
    double shared = 0.0;
    for (Map.Entry<String, Double> loading : loadings.entrySet()) {
      shared += loading.getValue() * that.loadings.getOrDefault(loading.getKey(), 0.0);
    }
    return OptionalDouble.of(shared);
  }
}
