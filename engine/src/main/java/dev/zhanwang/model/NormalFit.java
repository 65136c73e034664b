package dev.zhanwang.model;

import java.util.List;

/**
 * {@link GrowthModel#IID_LOGNORMAL} fitted by maximum likelihood to the annual log-growth
 * {@code x[1..n]}: {@code m = mean(x)}, {@code sd^2 = sum (x - m)^2 / n}, with the closed-form
 * standard errors {@code se(m) = sd / sqrt(n)}, {@code se(sd) = sd / sqrt(2n)}.
 */
record NormalFit(String indicator, double mean, double sd, int n) implements AnnualFit {

  static NormalFit of(String indicator, double[] x) {
    double mean = 0;
    for (double v : x) {
      mean += v / x.length;
    }
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    return new NormalFit(indicator, mean, Math.sqrt(ss / x.length), x.length);
  }

  @Override
  public GrowthModel model() {
    return GrowthModel.IID_LOGNORMAL;
  }

  @Override
  public Model inScenario() {
    return new IidLognormal();
  }

  @Override
  public List<Estimate> estimates() {
    return List.of(
        Estimate.growthPct(mean, sd / Math.sqrt(n)),
        Estimate.uncertaintyPct(sd, sd / Math.sqrt(2.0 * n)));
  }

  /** Normal {@code N(mean, sd^2)}: 2 parameters. */
  @Override
  public double aic(double[] x) {
    double logLikelihood = 0;
    for (double v : x) {
      double z = (v - mean) / sd;
      logLikelihood += -0.5 * z * z - Math.log(sd) - 0.5 * Math.log(2 * Math.PI);
    }
    return 2 * 2 - 2 * logLikelihood;
  }

  @Override
  public double centre() {
    return mean;
  }

  @Override
  public AnnualSampler sampler() {
    return new NormalShocks((float) sd);
  }
}
