package dev.zhanwang.model;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A fit of an annual model: its draws of next year's log-growth come from the same
 * {@link AnnualSampler} a simulation of the fitted model draws from, given unit-normal shocks of
 * its own, so a backtest scores what a run simulates.
 */
interface AnnualFit extends FittedModel {
  /** The centre of next year's annual log-growth, {@code ln(1+g)}, the sampler draws around. */
  double centre();

  /** The sampler of next year's growth multiplier. */
  AnnualSampler sampler();

  /** {@code centre + ln m} for the sampler's multipliers of unit-normal shocks. */
  @Override
  default double[] sampleAnnualLogGrowth(UniformRandomProvider rng, int n) {
    ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
    float[] z = new float[n];
    for (int i = 0; i < n; i++) {
      z[i] = (float) normal.sample();
    }
    float[] m = new float[n];
    sampler().with(rng).multipliers(z, m, n);
    double[] g = new double[n];
    for (int i = 0; i < n; i++) {
      g[i] = centre() + Math.log(m[i]);
    }
    return g;
  }
}
