package dev.zhanwang.model;

import java.util.Arrays;
import java.util.List;

/**
 * {@link GrowthModel#SPLIT_NORMAL} fitted by penalised maximum likelihood to the annual
 * log-growth: minimises {@code -sum ln f(x) - ln(1 - skew^2)} over
 * {@code theta = (m, ln sd, atanh skew)} from {@code (median, sample sd, 0)}. The plain likelihood
 * has a cusp at the largest (smallest) observation, where {@code skew -> -1 (+1)} makes the
 * distribution a half-normal; on 30 years that cusp is often the global maximum, so plain
 * maximum likelihood returns a mode on the most extreme year. The penalty (a {@code Beta(2, 2)}
 * prior on {@code (1 + skew) / 2}) removes the cusp and changes little elsewhere. Standard errors
 * by the observed information of the penalised objective, carried to {@code (sd, skew)} by the
 * delta method
 * ({@code se(sd) = sd se(ln sd)}, {@code se(skew) = (1 - skew^2) se(atanh skew)}).
 */
record SplitNormalFit(String indicator, SplitNormal distribution, double[] stdErrors)
    implements AnnualFit {

  static SplitNormalFit of(String indicator, double[] x) {
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    NormalFit start = NormalFit.of(indicator, x);
    double median = sorted[sorted.length / 2];
    double spread = sorted[sorted.length - 1] - sorted[0] + start.sd();
    Mle.Optimum fit = Mle.minimise(
        theta -> {
          SplitNormal d = new SplitNormal(theta[0], Math.exp(theta[1]), Math.tanh(theta[2]));
          double nll = -Math.log1p(-d.skew() * d.skew());
          for (double v : x) {
            nll -= d.logDensity(v);
          }
          return nll;
        },
        new double[] {median, Math.log(start.sd()), 0},
        new double[] {sorted[0] - spread, Math.log(start.sd()) - 5, -4},
        new double[] {sorted[sorted.length - 1] + spread, Math.log(start.sd()) + 5, 4});
    double[] t = fit.theta();
    SplitNormal d = new SplitNormal(t[0], Math.exp(t[1]), Math.tanh(t[2]));
    return new SplitNormalFit(indicator, d, new double[] {
      fit.stdError(0), d.sd() * fit.stdError(1), (1 - d.skew() * d.skew()) * fit.stdError(2)
    });
  }

  @Override
  public GrowthModel model() {
    return GrowthModel.SPLIT_NORMAL;
  }

  @Override
  public Model inScenario() {
    return new SplitNormalModel(distribution.skew());
  }

  @Override
  public List<Estimate> estimates() {
    return List.of(
        Estimate.growthPct(distribution.mode(), stdErrors[0]),
        Estimate.uncertaintyPct(distribution.sd(), stdErrors[1]),
        new Estimate("skew", distribution.skew(), stdErrors[2]));
  }

  /** The two-piece normal: 3 parameters. */
  @Override
  public double aic(double[] x) {
    double logLikelihood = 0;
    for (double v : x) {
      logLikelihood += distribution.logDensity(v);
    }
    return 2 * 3 - 2 * logLikelihood;
  }

  @Override
  public double centre() {
    return distribution.mode();
  }

  @Override
  public AnnualSampler sampler() {
    return new SplitNormalModel.Shocks(
        new SplitNormal(0.0, distribution.sd(), distribution.skew()));
  }
}
