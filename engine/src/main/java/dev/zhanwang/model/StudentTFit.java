package dev.zhanwang.model;

import java.util.List;
import org.apache.commons.math3.special.Gamma;

/**
 * {@link GrowthModel#STUDENT_T} fitted by penalised maximum likelihood to the annual log-growth:
 * on 30 years the plain likelihood is often highest at {@code df -> infinity} (a few years can't
 * show fat tails), so the objective adds the Juarez-Steel (2010) {@code Gamma(2, rate 0.1)} prior,
 * here on {@code df - 2} because the unit-variance scaling needs {@code df > 2}:
 * {@code -(ln(df - 2) - 0.1 (df - 2))}, which keeps {@code df} finite and away from 2, where the
 * variance explodes (prior mode 12). With
 * {@code s = sd sqrt((df - 2) / df)} and {@code z = (x - m) / s} the log density is
 * {@code lnGamma((df+1)/2) - lnGamma(df/2) - ln(df pi)/2 - ln s - (df+1)/2 ln(1 + z^2/df)};
 * {@code theta = (m, ln sd, ln(df - 2))} with {@code df} in [2.05, 1002]; standard errors by the
 * observed information and the delta method. A fit on the upper bound means the data look normal
 * and {@code df} gets no standard error.
 */
record StudentTFit(String indicator, double mean, double sd, double df, double[] stdErrors)
    implements AnnualFit {

  static StudentTFit of(String indicator, double[] x) {
    NormalFit start = NormalFit.of(indicator, x);
    Mle.Optimum fit = Mle.minimise(
        theta -> {
          double nu = 2 + Math.exp(theta[2]);
          return -(theta[2] - 0.1 * (nu - 2)) - logLikelihood(x, theta[0], Math.exp(theta[1]), nu);
        },
        new double[] {start.mean(), Math.log(start.sd()), Math.log(6)},
        new double[] {start.mean() - 5 * start.sd(), Math.log(start.sd()) - 5, Math.log(0.05)},
        new double[] {start.mean() + 5 * start.sd(), Math.log(start.sd()) + 5, Math.log(1000)});
    double[] t = fit.theta();
    double sd = Math.exp(t[1]);
    double df = 2 + Math.exp(t[2]);
    return new StudentTFit(indicator, t[0], sd, df, new double[] {
      fit.stdError(0), sd * fit.stdError(1), (df - 2) * fit.stdError(2)
    });
  }

  @Override
  public GrowthModel model() {
    return GrowthModel.STUDENT_T;
  }

  /** With at most the df a scenario may state: beyond it, the t is a normal for any purpose. */
  @Override
  public Model inScenario() {
    return new StudentT(Math.min(df, StudentT.MAX_DF));
  }

  @Override
  public List<Estimate> estimates() {
    return List.of(
        Estimate.growthPct(mean, stdErrors[0]),
        Estimate.uncertaintyPct(sd, stdErrors[1]),
        new Estimate("df", df, stdErrors[2]));
  }

  /** The log-likelihood of {@code x} under the t of mean {@code m}, sd {@code sd}, df {@code df}. */
  static double logLikelihood(double[] x, double m, double sd, double df) {
    double s = sd * Math.sqrt((df - 2) / df);
    double constant = Gamma.logGamma((df + 1) / 2)
        - Gamma.logGamma(df / 2)
        - 0.5 * Math.log(df * Math.PI)
        - Math.log(s);
    double sum = 0;
    for (double v : x) {
      double z = (v - m) / s;
      sum += constant - (df + 1) / 2 * Math.log1p(z * z / df);
    }
    return sum;
  }

  /** Location, scale and df: 3 parameters. */
  @Override
  public double aic(double[] x) {
    return 2 * 3 - 2 * logLikelihood(x, mean, sd, df);
  }

  @Override
  public double centre() {
    return mean;
  }

  @Override
  public AnnualSampler sampler() {
    return new StudentTShocks(sd * Math.sqrt((df - 2) / df), df);
  }
}
