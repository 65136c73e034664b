package dev.zhanwang.model;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * Student-t annual log-growth: {@code m = exp(scale z / sqrt(V / df))}, {@code V ~ chi-square(df)}
 * drawn from the stream the sampler is bound to ({@link #with}). The sampler of student-t
 * indicators ({@code scale = sd sqrt((df - 2) / df)}, so the sd is {@code sd}) and of ets-trend's
 * predictive distribution ({@code scale} the residuals' root mean square, {@code df = n - 4}).
 *
 * @param chiSquare the chi-square sampler, null until bound
 */
record StudentTShocks(double scale, double df, ContinuousSampler chiSquare)
    implements AnnualSampler {

  StudentTShocks(double scale, double df) {
    this(scale, df, null);
  }

  @Override
  public AnnualSampler with(UniformRandomProvider auxiliary) {
    return new StudentTShocks(
        scale, df, AhrensDieterMarsagliaTsangGammaSampler.of(auxiliary, df / 2, 2.0));
  }

  @Override
  public void multipliers(float[] z, float[] m, int n) {
    if (chiSquare == null) {
      throw new IllegalStateException("a student-t sampler draws only once bound to a stream");
    }
    for (int p = 0; p < n; p++) {
      m[p] = (float) Math.exp(scale * z[p] / Math.sqrt(chiSquare.sample() / df));
    }
  }
}
