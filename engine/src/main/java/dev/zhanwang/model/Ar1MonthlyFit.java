package dev.zhanwang.model;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * {@link GrowthModel#AR1_MONTHLY} fitted to monthly levels {@code M[t]} of complete calendar
 * years. The monthly log-growth {@code x[t] = ln(M[t] / M[t-1])} is seasonal mean plus AR(1):
 * {@code x[t] = c[month(t)] + u[t]}, {@code u[t] = phi u[t-1] + sigma e[t]}. Estimates (conditional
 * least squares): {@code c[k]} the mean of month {@code k}'s growth, {@code phi} the regression of
 * {@code u[t]} on {@code u[t-1]}, {@code sigma^2} the residual mean square over {@code N - 13}
 * degrees of freedom, {@code mu = mean(c)}, so {@code growth_pct = 100 (exp(12 mu) - 1)}.
 * Asymptotic standard errors: {@code se(phi) = sqrt((1 - phi^2) / N)},
 * {@code se(sigma) = sigma / sqrt(2N)}, {@code se(mu) = sigma / ((1 - phi) sqrt(N))}.
 * Next year's total is the sum of twelve months simulated from the last December by
 * {@link Ar1Months}, as a scenario's ar1-monthly indicator is.
 */
record Ar1MonthlyFit(
    String indicator,
    double[] monthMeans,
    double phi,
    double sigma,
    int n,
    double lastShock,
    double[] lastYear)
    implements FittedModel {

  /**
   * @param levels monthly levels from a January to a December
   */
  static Ar1MonthlyFit of(String indicator, double[] levels) {
    int n = levels.length - 1;
    double[] x = new double[n];
    double[] sums = new double[12];
    int[] counts = new int[12];
    for (int t = 1; t < levels.length; t++) {
      x[t - 1] = Math.log(levels[t] / levels[t - 1]);
      sums[t % 12] += x[t - 1];
      counts[t % 12]++;
    }
    double[] means = new double[12];
    for (int k = 0; k < 12; k++) {
      means[k] = sums[k] / counts[k];
    }
    double[] u = new double[n];
    for (int t = 0; t < n; t++) {
      u[t] = x[t] - means[(t + 1) % 12];
    }
    double cross = 0;
    double square = 0;
    for (int t = 1; t < n; t++) {
      cross += u[t] * u[t - 1];
      square += u[t - 1] * u[t - 1];
    }
    double phi = cross / square;
    double rss = 0;
    for (int t = 1; t < n; t++) {
      double e = u[t] - phi * u[t - 1];
      rss += e * e;
    }
    double[] lastYear = Arrays.copyOfRange(levels, levels.length - 12, levels.length);
    return new Ar1MonthlyFit(
        indicator, means, phi, Math.sqrt(rss / (n - 13)), n, u[n - 1], lastYear);
  }

  double mu() {
    double sum = 0;
    for (double c : monthMeans) {
      sum += c;
    }
    return sum / 12;
  }

  @Override
  public GrowthModel model() {
    return GrowthModel.AR1_MONTHLY;
  }

  @Override
  public Model inScenario() {
    return new Ar1Monthly(phi, OptionalDouble.of(sigma));
  }

  @Override
  public List<Estimate> estimates() {
    double seMu = sigma / ((1 - phi) * Math.sqrt(n));
    return List.of(
        Estimate.growthPct(12 * mu(), 12 * seMu),
        new Estimate("sigma", sigma, sigma / Math.sqrt(2.0 * n)),
        new Estimate("phi", phi, Math.sqrt((1 - phi * phi) / n)));
  }

  /**
   * Twelve months from the last December by {@link Ar1Months}, the sampler a simulation uses: the
   * shock starts at the last observed one and month {@code t}'s expected level is the last
   * December's times {@code exp(c[1] + ... + c[t])}.
   */
  @Override
  public double[] sampleAnnualLogGrowth(UniformRandomProvider rng, int count) {
    ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
    Ar1Months months = new Ar1Months((float) phi, (float) sigma);
    float[] d = new float[count];
    float[] e = new float[count];
    float[] m = new float[count];
    float[] y = new float[count];
    Arrays.fill(d, (float) lastShock);
    Arrays.fill(m, 1f);
    double expected = lastYear[11];
    for (int month = 0; month < 12; month++) {
      expected *= Math.exp(monthMeans[month]);
      for (int i = 0; i < count; i++) {
        e[i] = (float) z.sample();
      }
      months.month(d, e, m, y, (float) expected, count);
    }
    double lastTotal = 0;
    for (double level : lastYear) {
      lastTotal += level;
    }
    double[] g = new double[count];
    for (int i = 0; i < count; i++) {
      g[i] = Math.log(y[i] / lastTotal);
    }
    return g;
  }
}
