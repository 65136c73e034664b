package dev.zhanwang.model;

/**
 * Normal annual log-growth: {@code m = exp(scale z)}, so {@code G = ln(1+g) + scale Z}. The
 * sampler of iid-lognormal and factor indicators ({@code scale} the sd of the annual
 * log-growth), and of ets-trend when its predictive distribution is normal.
 */
record NormalShocks(float scale) implements AnnualSampler {
  @Override
  public void multipliers(float[] z, float[] m, int n) {
    for (int p = 0; p < n; p++) {
      m[p] = (float) Math.exp(scale * z[p]);
    }
  }
}
