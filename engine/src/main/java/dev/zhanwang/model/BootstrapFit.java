package dev.zhanwang.model;

import java.util.List;

/**
 * {@link GrowthModel#BOOTSTRAP} from the annual log-growth {@code x[1..n]}: the mean
 * {@code xbar} ({@code se = sd / sqrt(n)}), the residuals {@code x - xbar}, and the block length
 * {@code max(1, round(n^(1/3)))} (the usual rate for moving-block bootstraps), which the kernel's
 * multi-year paths use; one year ahead, a circular block's first residual is any residual with
 * equal probability: draws pick one by the rank of a normal shock ({@link Bootstrap.Shocks}),
 * as a simulation of the scenario does.
 */
record BootstrapFit(String indicator, double mean, double[] residuals, int blockLength)
    implements AnnualFit {

  static BootstrapFit of(String indicator, double[] x) {
    NormalFit normal = NormalFit.of(indicator, x);
    double[] residuals = new double[x.length];
    for (int t = 0; t < x.length; t++) {
      residuals[t] = x[t] - normal.mean();
    }
    return new BootstrapFit(
        indicator, normal.mean(), residuals, (int) Math.max(1, Math.round(Math.cbrt(x.length))));
  }

  @Override
  public GrowthModel model() {
    return GrowthModel.BOOTSTRAP;
  }

  @Override
  public Model inScenario() {
    return new Bootstrap(this);
  }

  @Override
  public List<Estimate> estimates() {
    NormalFit normal = NormalFit.of(indicator, residuals);
    int n = residuals.length;
    return List.of(
        Estimate.growthPct(mean, normal.sd() / Math.sqrt(n)),
        Estimate.uncertaintyPct(normal.sd(), normal.sd() / Math.sqrt(2.0 * n)),
        new Estimate("block_length", blockLength, Double.NaN));
  }

  @Override
  public double[] resampledLogGrowth() {
    double[] values = new double[residuals.length];
    for (int t = 0; t < values.length; t++) {
      values[t] = mean + residuals[t];
    }
    java.util.Arrays.sort(values);
    return values;
  }

  @Override
  public double centre() {
    return mean;
  }

  /** The rank of the shock picks a residual, as in a simulation: not {@code nextInt}. */
  @Override
  public AnnualSampler sampler() {
    return new Bootstrap.Shocks(resampledLogGrowth(), mean);
  }
}
