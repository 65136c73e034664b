package dev.zhanwang.model;

import dev.zhanwang.data.History;
import dev.zhanwang.data.HistorySeries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@link GrowthModel#AR1_MONTHLY}: monthly log-growth mean-reverting around its expectation
 * (AR(1), a discrete Ornstein-Uhlenbeck process), {@code d[t] = phi d[t-1] + sigma e[t]},
 * {@code d[-1] = 0}, {@code D[t] = sum_{u<=t} d[u]} ({@link Ar1Months}). A flow's month {@code t}
 * is {@code B s[t] exp(ln(1+g) + D[t])} on a year-over-year path, or
 * {@code (B/12) exp((t+1) ln(1+g)/12 + D[t])} on a compound path (RW1), so year-to-date growth
 * (累计增速) is expected at {@code g} all year. {@code sigma} is given, or derived from
 * {@code uncertainty_pct} so that the annual log-growth has that standard deviation to first order
 * ({@link Ar1Months#annualLoading}). Flows only. Fitted by conditional least squares to at least
 * 3 complete calendar years of monthly history ({@link Ar1MonthlyFit}).
 *
 * @param phi the AR(1) coefficient, in (-1, 1); {@value #DEFAULT_PHI} unless given
 * @param sigma the monthly innovation's sd in log units, when given instead of uncertainty_pct
 */
public record Ar1Monthly(double phi, OptionalDouble sigma) implements Model {
  /** The persistence a scenario gets unless it gives {@code phi}: an assumption. */
  public static final double DEFAULT_PHI = 0.5;

  static final double MAX_SIGMA = 0.3;
  private static final int MIN_MONTHLY_YEARS = 3;

  static final Variant VARIANT = new Variant() {
    @Override
    public String label() {
      return "ar1-monthly";
    }

    @Override
    public List<String> keys() {
      return List.of("sigma", "phi");
    }

    @Override
    public boolean flowsOnly() {
      return true;
    }

    @Override
    public Optional<String> spreadKey() {
      return Optional.of("sigma");
    }

    @Override
    public Optional<Model> read(ModelReader in) {
      Optional<Double> sigma =
          in.number("sigma", s -> s >= 0 && s <= MAX_SIGMA, "in [0, " + MAX_SIGMA + "]");
      if (in.has("sigma") && in.has("uncertainty_pct")) {
        in.reject("sigma", "absent when uncertainty_pct is given (exactly one of the two)");
      }
      double phi = in.number("phi", p -> p > -1 && p < 1, "in (-1, 1)").orElse(DEFAULT_PHI);
      return Optional.of(
          new Ar1Monthly(phi, sigma.map(OptionalDouble::of).orElse(OptionalDouble.empty())));
    }

    @Override
    public Optional<Model> assumed(ModelSwap.Defaults defaults) {
      return Optional.of(new Ar1Monthly(DEFAULT_PHI, OptionalDouble.empty()));
    }

    @Override
    public Optional<String> unsupported(History history, String indicator) {
      HistorySeries series = Calibration.series(history, indicator);
      return series.frequency() != HistorySeries.Frequency.MONTHLY
          ? Optional.of("must be monthly (YYYY-MM) for " + label() + ", but was annual")
          : Calibration.atLeast(
              series.annualLevels().levels().length,
              MIN_MONTHLY_YEARS,
              "complete calendar years of months",
              label());
    }

    @Override
    public Map<String, FittedModel> fit(History history, List<String> indicators) {
      return Calibration.each(
          indicators,
          indicator -> Ar1MonthlyFit.of(
              indicator, Calibration.series(history, indicator).completeYears().levels()));
    }
  };

  @Override
  public GrowthModel variant() {
    return GrowthModel.AR1_MONTHLY;
  }

  @Override
  public Draw draw(IndicatorSpec spec, double[] expectedMonths) {
    double monthly = sigma.isPresent()
        ? sigma.getAsDouble()
        : Model.sd(spec) / Ar1Months.annualLoading(phi, expectedMonths);
    return new Draw.Monthly(new Ar1Months((float) phi, (float) monthly));
  }

  /** Its monthly form, conditioned by carrying the state of the last observed month. */
  @Override
  public Optional<MonthlyForm> monthlyForm(IndicatorSpec spec, double[] expectedMonths) {
    Ar1Months months = ((Draw.Monthly) draw(spec, expectedMonths)).months();
    return Optional.of(new Ar1MonthlyForm(months.phi(), months.sigma(), expectedMonths));
  }

  @Override
  public Map<String, Double> parameters() {
    Map<String, Double> parameters = new LinkedHashMap<>();
    sigma.ifPresent(s -> parameters.put("sigma", s));
    parameters.put("phi", phi);
    return parameters;
  }
}
