package dev.zhanwang.model;

import dev.zhanwang.data.History;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link GrowthModel#IID_LOGNORMAL}: one Gaussian shock to the annual log-growth,
 * {@code G = ln(1+g) + sd Z} with {@code Z = sum_t e[t] / sqrt(12)}, so the scenario's
 * correlation matrix is the correlation of the annual shocks. A flow's month {@code t} is
 * {@code B s[t] exp(G)}; a rate is {@code exp(G) - 1}. No parameters of its own. Fitted by
 * maximum likelihood ({@link NormalFit}) to at least 3 years of annual growth.
 */
public record IidLognormal() implements Model {
  static final Variant VARIANT = new Variant() {
    @Override
    public String label() {
      return "iid-lognormal";
    }

    @Override
    public Optional<Model> read(ModelReader in) {
      return Optional.of(new IidLognormal());
    }

    @Override
    public Optional<Model> assumed(ModelSwap.Defaults defaults) {
      return Optional.of(new IidLognormal());
    }

    @Override
    public Optional<String> unsupported(History history, String indicator) {
      return Calibration.annualProblem(history, indicator, 3, label());
    }

    @Override
    public Map<String, FittedModel> fit(History history, List<String> indicators) {
      return Calibration.annualFits(history, indicators, NormalFit::of);
    }
  };

  @Override
  public GrowthModel variant() {
    return GrowthModel.IID_LOGNORMAL;
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
    return Map.of();
  }
}
