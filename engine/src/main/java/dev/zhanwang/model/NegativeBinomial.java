package dev.zhanwang.model;

import dev.zhanwang.data.History;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link GrowthModel#NEGATIVE_BINOMIAL}: a year's count of whole things (enterprises, projects)
 * is negative binomial with mean {@code mu = B (1+g)} and coefficient of variation {@code sd}
 * ({@code uncertainty_pct / 100}): variance {@code (sd mu)^2 = mu + mu^2 / r}, so
 * {@code r = mu^2 / ((sd mu)^2 - mu)}, and {@code P(N = n) = C(n + r - 1, n) p^r (1 - p)^n} with
 * {@code p = r / (r + mu)}. Where {@code (sd mu)^2 <= mu} the count is Poisson with mean
 * {@code mu}, the least spread a count of independent events has. Drawn as
 * {@code N = F^-1(Phi(Z))} ({@link Counts}), so correlated shocks give correlated counts; the
 * year's count is spread over the months by the seasonality and rounded, so every year-to-date
 * value is a whole number and {@code P(N >= k)} is exact for a whole {@code k}. For flows whose
 * unit counts things ({@link #COUNT_UNITS}); stated in the scenario, not fitted to a history.
 */
public record NegativeBinomial() implements Model {
  /** Units that count whole things. */
  /** Units of counts of whole things. */
  public static final Set<String> COUNT_UNITS =
      Set.of("家", "个", "项", "户", "件", "宗", "座", "台", "辆", "人");
  /** Beyond this many a year, a count is as well described by a continuous model. */
  static final double MAX_COUNT = 1_000_000;
  /** The table of the distribution function ends where less than this mass is left above. */
  private static final double TAIL = 1e-12;

  static final Variant VARIANT = new Variant() {
    @Override
    public String label() {
      return "negative-binomial";
    }

    @Override
    public boolean flowsOnly() {
      return true;
    }

    @Override
    public boolean fitsHistories() {
      return false;
    }

    @Override
    public Optional<Model> read(ModelReader in) {
      in.unit()
          .filter(unit -> !COUNT_UNITS.contains(unit))
          .ifPresent(unit -> in.reportModel("must be a model for a flow measured in " + unit + " ("
              + label() + " counts whole"
              + " things: " + String.join(", ", COUNT_UNITS.stream().sorted().toList())
              + "), but was " + label()));
      if (in.level().isPresent() && in.level().getAsDouble() > MAX_COUNT) {
        in.reportModel("must be a model for counts up to " + (long) MAX_COUNT + " a year ("
            + "larger counts are as well described by iid-lognormal), but was " + label());
      }
      return Optional.of(new NegativeBinomial());
    }

    @Override
    public Optional<String> unsupported(History history, String indicator) {
      Calibration.series(history, indicator);
      return Optional.of("must be fitted by another model: " + label() + " takes its mean from"
          + " growth_pct and its spread from uncertainty_pct, stated in the scenario");
    }

    @Override
    public Map<String, FittedModel> fit(History history, List<String> indicators) {
      if (!indicators.isEmpty()) {
        throw new IllegalArgumentException(label() + " is not fitted to a history");
      }
      return Map.of();
    }
  };

  @Override
  public GrowthModel variant() {
    return GrowthModel.NEGATIVE_BINOMIAL;
  }

  @Override
  public Draw draw(IndicatorSpec spec, double[] expectedMonths) {
    double mean = Arrays.stream(expectedMonths).sum();
    return new Draw.Annual(new Counts(distribution(mean, Model.sd(spec)), mean), true);
  }

  @Override
  public Map<String, Double> parameters() {
    return Map.of();
  }

  /**
   * {@code P(N <= n)} for {@code n = 0, 1, ...} up to where less than {@link #TAIL} is left: the
   * negative binomial of mean {@code mean} and coefficient of variation {@code cv}, or the
   * Poisson where that variance is below the mean.
   */
  static double[] distribution(double mean, double cv) {
    double variance = cv * mean * cv * mean;
    boolean poisson = variance <= mean;
    double r = poisson ? Double.POSITIVE_INFINITY : mean * mean / (variance - mean);
    double spread = Math.sqrt(Math.max(variance, mean));
    int last = (int) Math.ceil(mean + 40 * spread + 10);
    double[] cdf = new double[last + 1];
    // log P(N = n) term by term from the ratio P(n + 1) / P(n), (n + r) / (n + 1) (1 - p) or
    // mean / (n + 1): two logarithms a term where the closed form takes three log-gammas.
    double logStep = poisson ? Math.log(mean) : Math.log(mean / (r + mean));
    double logP = poisson ? -mean : -r * Math.log1p(mean / r);
    double cumulative = 0.0;
    for (int n = 0; n <= last; n++) {
      cumulative += Math.exp(logP);
      cdf[n] = Math.min(1.0, cumulative);
      if (1.0 - cumulative < TAIL) {
        return Arrays.copyOf(cdf, n + 1);
      }
      logP += (poisson ? 0.0 : Math.log(n + r)) - Math.log(n + 1.0) + logStep;
    }
    return cdf;
  }

  /**
   * {@code m = N / mean}, {@code N} the least count whose distribution function reaches
   * {@code Phi(z)}: the shock's normal rank picks the count.
   *
   * @param cdf {@code P(N <= n)} for {@code n = 0, 1, ...}
   */
  record Counts(double[] cdf, double mean) implements AnnualSampler {
    @Override
    public void multipliers(float[] z, float[] m, int n) {
      for (int p = 0; p < n; p++) {
        int count = Arrays.binarySearch(cdf, StandardNormal.cdf(z[p]));
        count = Math.min(count >= 0 ? count : -count - 1, cdf.length - 1);
        m[p] = (float) (count / mean);
      }
    }
  }
}
