package dev.zhanwang.model;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The monthly form of an annual model (iid-lognormal, split-normal, factor): the year's
 * standard-normal shock {@code Z} is the end point of a Brownian motion run on the seasonal clock,
 * {@code W(S)} at {@code S_m = sum_{t<=m} expected[t] / sum_t expected[t]} (the expected share of
 * the year done by month {@code m}), {@code W(1) = Z}. The year to date of month {@code m} is
 * {@code C_m = (sum_{t<=m} expected[t]) M(W(S_m) / sqrt(S_m))}, with {@code M} the model's own
 * growth multiplier ({@link AnnualSampler}): every month's year-to-date growth has the
 * distribution of the year's, and December's is the year's exactly, as in {@code run}. Monthly
 * shocks are the increments of {@code W}, so their sum is the annual shock.
 *
 * <p>Conditioned on observed months, only the last one matters (a Brownian motion is Markov):
 * {@code x = M^-1(C_m / sum_{t<=m} expected[t])} (by bisection on the sampler, which is
 * increasing), {@code W(S_m) = sqrt(S_m) x}, and the rest of the year is the bridge's free end,
 * {@code Z = W(S_m) + sqrt(1 - S_m) N} with {@code N} standard normal: observing months
 * {@code 1..m} reveals the share {@code S_m} of the variance of {@code Z}. The year's total is
 * {@code sum_t expected[t] M(Z)}; on a vanishing share of paths it can fall below {@code C_m}
 * (months after {@code m} summing to less than nothing), which the form allows rather than
 * distort the annual distribution.
 *
 * @param expected the indicator's expected monthly levels (12)
 * @param sampler the annual model's multiplier of the year's shock
 */
public record BridgeForm(double[] expected, AnnualSampler sampler) implements MonthlyForm {
  private static final int BLOCK = 512;
  private static final double Z_BOUND = 40.0;

  public BridgeForm {
    expected = expected.clone();
  }

  @Override
  public RestOfYear given(int[] months, double[] yearToDate) {
    double total = sum(expected.length);
    double known = 0.0;
    double share = 0.0;
    if (months.length > 0) {
      int m = months[months.length - 1];
      share = sum(m) / total;
      known = Math.sqrt(share) * inverse(yearToDate[months.length - 1] / sum(m));
    }
    double centre = known;
    double free = Math.sqrt(Math.max(0.0, 1.0 - share));
    return (random, out, n) -> draw(centre, free, total, random, out, n);
  }

  private void draw(
      double known, double free, double total, UniformRandomProvider random, double[] out, int n) {
    ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(random);
    float[] z = new float[BLOCK];
    float[] multiplier = new float[BLOCK];
    for (int from = 0; from < n; from += BLOCK) {
      int size = Math.min(BLOCK, n - from);
      for (int p = 0; p < size; p++) {
        z[p] = (float) (known + free * normal.sample());
      }
      sampler.multipliers(z, multiplier, size);
      for (int p = 0; p < size; p++) {
        out[from + p] = total * multiplier[p];
      }
    }
  }

  @Override
  public void path(UniformRandomProvider random, double[] ytd) {
    ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(random);
    double total = sum(expected.length);
    double w = 0.0;
    double done = 0.0;
    float[] x = new float[1];
    float[] multiplier = new float[1];
    for (int t = 0; t < expected.length; t++) {
      w += Math.sqrt(expected[t] / total) * normal.sample();
      done += expected[t];
      x[0] = (float) (w / Math.sqrt(done / total));
      sampler.multipliers(x, multiplier, 1);
      ytd[t] = done * multiplier[0];
    }
  }

  /** The shock {@code x} with {@code M(x) = ratio}, clamped to +-{@value #Z_BOUND}. */
  double inverse(double ratio) {
    double low = -Z_BOUND;
    double high = Z_BOUND;
    float[] x = new float[1];
    float[] multiplier = new float[1];
    for (int i = 0; i < 80; i++) {
      double mid = 0.5 * (low + high);
      x[0] = (float) mid;
      sampler.multipliers(x, multiplier, 1);
      if (multiplier[0] < ratio) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return 0.5 * (low + high);
  }

  private double sum(int months) {
    double sum = 0.0;
    for (int t = 0; t < months; t++) {
      sum += expected[t];
    }
    return sum;
  }
}
