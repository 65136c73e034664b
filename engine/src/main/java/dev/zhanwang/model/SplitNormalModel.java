package dev.zhanwang.model;

import dev.zhanwang.data.History;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link GrowthModel#SPLIT_NORMAL}: two-piece normal annual log-growth (the Bank of England's fan
 * charts), mode {@code m = ln(1+g)}, {@code sd_down = sd (1 - skew)} below it,
 * {@code sd_up = sd (1 + skew)} above it ({@link SplitNormal}); {@code P(G < m) = (1 - skew) / 2},
 * mean {@code m + sqrt(2/pi) (sd_up - sd_down)}. Drawn as {@code G = Q(Phi(Z))} with {@code Q} the
 * quantile function, so correlated shocks stay correlated. Fitted by penalised maximum likelihood
 * ({@link SplitNormalFit}) to at least 5 years of annual growth.
 *
 * @param skew the balance of risks, in (-1, 1); 0 (symmetric, iid-lognormal) unless given
 */
public record SplitNormalModel(double skew) implements Model {
  static final Variant VARIANT = new Variant() {
    @Override
    public String label() {
      return "split-normal";
    }

    @Override
    public List<String> keys() {
      return List.of("skew");
    }

    @Override
    public Optional<Model> read(ModelReader in) {
      return Optional.of(new SplitNormalModel(
          in.number("skew", k -> k > -1 && k < 1, "in (-1, 1)").orElse(0.0)));
    }

    @Override
    public Optional<Model> assumed(ModelSwap.Defaults defaults) {
      return Optional.of(new SplitNormalModel(defaults.skew()));
    }

    @Override
    public Optional<String> unsupported(History history, String indicator) {
      return Calibration.annualProblem(history, indicator, 5, label());
    }

    @Override
    public Map<String, FittedModel> fit(History history, List<String> indicators) {
      return Calibration.annualFits(history, indicators, SplitNormalFit::of);
    }
  };

  @Override
  public GrowthModel variant() {
    return GrowthModel.SPLIT_NORMAL;
  }

  @Override
  public Draw draw(IndicatorSpec spec, double[] expectedMonths) {
    double sd = Model.sd(spec);
    // No spread, no shape: the two-piece normal needs sd > 0.
    return new Draw.Annual(
        sd > 0 ? new Shocks(new SplitNormal(0.0, sd, skew)) : new NormalShocks(0f), false);
  }

  /** Its monthly form: the annual shock as a Brownian bridge on the seasonal clock. */
  @Override
  public Optional<MonthlyForm> monthlyForm(IndicatorSpec spec, double[] expectedMonths) {
    return Optional.of(
        new BridgeForm(expectedMonths, ((Draw.Annual) draw(spec, expectedMonths)).sampler()));
  }

  @Override
  public Map<String, Double> parameters() {
    return Map.of("skew", skew);
  }

  /** {@code m = exp(Q(Phi(z)))}, {@code Q} the two-piece normal's quantile around mode 0. */
  record Shocks(SplitNormal distribution) implements AnnualSampler {
    @Override
    public void multipliers(float[] z, float[] m, int n) {
      for (int p = 0; p < n; p++) {
        m[p] = (float) Math.exp(distribution.fromStandardNormal(z[p]));
      }
    }
  }
}
