package dev.zhanwang.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.apache.commons.math3.analysis.integration.SimpsonIntegrator;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class SplitNormalTest {
  private static final double[] LEVELS = {0.001, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.999};

  @Test
  void quantile_zeroSkew_isTheNormalQuantile() {
    SplitNormal split = new SplitNormal(0.07, 0.05, 0);
    NormalDistribution normal = new NormalDistribution(null, 0.07, 0.05);
    for (double p : LEVELS) {
      assertEquals(normal.inverseCumulativeProbability(p), split.quantile(p), 1e-14, "p=" + p);
      assertEquals(p, split.cdf(split.quantile(p)), 1e-14, "p=" + p);
    }
  }

  /** The same draws to single precision (1e-6 in log-growth), that of every sampler. */
  @Test
  void sample_zeroSkew_sameDrawsAsIidLognormal() {
    NormalFit normal = new NormalFit("x", 0.07, 0.05, 30);
    SplitNormalFit split = new SplitNormalFit("x", new SplitNormal(0.07, 0.05, 0), new double[3]);
    double[] a = normal.sampleAnnualLogGrowth(rng(), 1000);
    double[] b = split.sampleAnnualLogGrowth(rng(), 1000);
    for (int i = 0; i < a.length; i++) {
      assertEquals(a[i], b[i], 1e-6);
    }
  }

  @Test
  void formulas_withSkew_matchTheTwoPieceNormal() {
    SplitNormal d = new SplitNormal(0.05, 0.04, -0.4); // s1 = 0.056, s2 = 0.024
    double s1 = 0.056;
    double s2 = 0.024;
    assertEquals(s1, d.sdDown(), 1e-15);
    assertEquals(s2, d.sdUp(), 1e-15);
    assertEquals(s1 / (s1 + s2), d.cdf(0.05), 1e-15);
    assertEquals(0.05 + Math.sqrt(2 / Math.PI) * (s2 - s1), d.mean(), 1e-15);
    // The density integrates to 1, is continuous at the mode and highest there.
    SimpsonIntegrator simpson = new SimpsonIntegrator(1e-12, 1e-12, 3, 30);
    assertEquals(
        1,
        simpson.integrate(100_000, d::density, -0.5, 0.05)
            + simpson.integrate(100_000, d::density, 0.05, 0.5),
        1e-9);
    assertEquals(d.density(0.05), d.density(0.05 - 1e-12), 1e-6);
    assertEquals(Math.sqrt(2 / Math.PI) / (s1 + s2), d.density(0.05), 1e-12);
    for (double p : LEVELS) {
      assertEquals(p, d.cdf(d.quantile(p)), 1e-13, "p=" + p);
    }
    assertEquals(
        0.05 + s1 * new NormalDistribution().inverseCumulativeProbability(0.1 / (2 * 0.7)),
        d.quantile(0.1),
        1e-12);
  }

  @Test
  void sample_withSkew_meanAndQuantilesWithinThreeStandardErrors() {
    SplitNormal d = new SplitNormal(0.05, 0.04, -0.4);
    int n = 400_000;
    double[] x = new SplitNormalFit("x", d, new double[3]).sampleAnnualLogGrowth(rng(), n);
    double mean = Arrays.stream(x).average().orElseThrow();
    assertEquals(d.mean(), mean, 3 * Math.sqrt(d.variance() / n));
    Arrays.sort(x);
    for (double p : new double[] {0.05, 0.25, 0.5, 0.75, 0.95}) {
      double q = d.quantile(p);
      // s.e. of a sample quantile: sqrt(p (1 - p) / n) / f(q).
      double se = Math.sqrt(p * (1 - p) / n) / d.density(q);
      assertEquals(q, x[(int) (p * n)], 3 * se, "p=" + p);
    }
  }

  @Test
  void new_skewOutsideOpenInterval_throws() {
    assertThrows(IllegalArgumentException.class, () -> new SplitNormal(0, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new SplitNormal(0, 0, 0));
  }

  private static UniformRandomProvider rng() {
    return RandomSource.XO_RO_SHI_RO_128_PP.create(20230203L);
  }
}
