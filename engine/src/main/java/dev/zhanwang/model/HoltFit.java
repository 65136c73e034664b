package dev.zhanwang.model;

import java.util.List;

/**
 * {@link GrowthModel#ETS_TREND} (Holt's linear trend) fitted to the annual log levels
 * {@code y[1..n]} by least squares of the one-step errors {@code y[t] - l[t-1] - b[t-1]}, with the
 * initial state {@code l[0], b[0]} estimated too (fixing it from the first years biases the
 * smoothing parameters). The objective is the Gaussian likelihood with the variance profiled out,
 * {@code (n/2) ln SSE} (same minimiser as {@code SSE}), plus {@code -ln(alpha (1 - alpha) beta
 * (1 - beta))}: a {@code Beta(2, 2)} prior on each, because on 30 years the plain fit often lands
 * on 0 or 1, where no standard error exists. {@code theta = (logit alpha, logit beta, l[0], b[0])};
 * standard errors by the observed information and the delta method
 * ({@code se(alpha) = alpha (1 - alpha) se(logit alpha)}). {@code s^2 = SSE / (n - 4)}.
 * {@code growth_pct} is the forecast {@code l[n] + b[n] - y[n]}, not a parameter, so it has no
 * standard error.
 */
record HoltFit(
    String indicator,
    double alpha,
    double beta,
    double forecast,
    double sd,
    int errors,
    double[] stdErrors)
    implements AnnualFit {

  static HoltFit of(String indicator, double[] levels) {
    double[] y = new double[levels.length];
    for (int t = 0; t < y.length; t++) {
      y[t] = Math.log(levels[t]);
    }
    int errors = y.length;
    double slope = (y[y.length - 1] - y[0]) / (y.length - 1);
    double spread = Math.abs(slope) + 1;
    Mle.Optimum fit = Mle.minimise(
        theta -> {
          double alpha = logistic(theta[0]);
          double beta = logistic(theta[1]);
          return errors / 2.0 * Math.log(run(y, alpha, beta, theta[2], theta[3])[0])
              - Math.log(alpha * (1 - alpha) * beta * (1 - beta));
        },
        new double[] {0, -1, y[0] - slope, slope},
        new double[] {-9, -9, y[0] - 10 * spread, slope - 10 * spread},
        new double[] {9, 9, y[0] + 10 * spread, slope + 10 * spread});
    double[] t = fit.theta();
    double alpha = logistic(t[0]);
    double beta = logistic(t[1]);
    double[] state = run(y, alpha, beta, t[2], t[3]);
    return new HoltFit(
        indicator,
        alpha,
        beta,
        state[1] + state[2] - y[y.length - 1],
        Math.sqrt(state[0] / (errors - 4)),
        errors,
        new double[] {alpha * (1 - alpha) * fit.stdError(0), beta * (1 - beta) * fit.stdError(1)});
  }

  /** {@code {SSE, l[n], b[n]}} of Holt's recursions over {@code y} from {@code l[0], b[0]}. */
  static double[] run(double[] y, double alpha, double beta, double level0, double trend0) {
    double level = level0;
    double trend = trend0;
    double sse = 0;
    for (int t = 0; t < y.length; t++) {
      double error = y[t] - level - trend;
      sse += error * error;
      double previous = level;
      level = alpha * y[t] + (1 - alpha) * (level + trend);
      trend = beta * (level - previous) + (1 - beta) * trend;
    }
    return new double[] {sse, level, trend};
  }

  private static double logistic(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  @Override
  public GrowthModel model() {
    return GrowthModel.ETS_TREND;
  }

  @Override
  public Model inScenario() {
    return new EtsTrend(this);
  }

  @Override
  public List<Estimate> estimates() {
    return List.of(
        Estimate.growthPct(forecast, Double.NaN),
        Estimate.uncertaintyPct(sd, sd / Math.sqrt(2.0 * errors)),
        new Estimate("alpha", alpha, stdErrors[0]),
        new Estimate("beta", beta, stdErrors[1]));
  }

  @Override
  public double predictiveDegreesOfFreedom() {
    return errors - 4;
  }

  @Override
  public double centre() {
    return forecast;
  }

  @Override
  public AnnualSampler sampler() {
    return new StudentTShocks(sd, predictiveDegreesOfFreedom());
  }
}
