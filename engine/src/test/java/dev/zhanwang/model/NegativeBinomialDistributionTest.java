package dev.zhanwang.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.special.Beta;
import org.junit.jupiter.api.Test;

/**
 * The count model's table of {@code P(N <= n)}, built term by term, against the closed forms:
 * {@code I_p(r, n + 1)} for the negative binomial and commons-math3's Poisson.
 */
class NegativeBinomialDistributionTest {
  private static final double TOLERANCE = 1e-10;

  @Test
  void distribution_negativeBinomial_matchesTheRegularizedBetaAtEveryCount() {
    for (double[] meanAndCv : new double[][] {{40, 0.3}, {1_100, 0.05}, {25_000, 0.02}}) {
      double mean = meanAndCv[0];
      double cv = meanAndCv[1];
      double r = mean * mean / (cv * mean * cv * mean - mean);
      double p = r / (r + mean);
      double[] cdf = NegativeBinomial.distribution(mean, cv);

      for (int n = 0; n < cdf.length; n++) {
        assertEquals(
            Beta.regularizedBeta(p, r, n + 1.0), cdf[n], TOLERANCE, "mean " + mean + ", n " + n);
      }
      assertTrue(1 - cdf[cdf.length - 1] < 1e-11, "the table reaches the far tail");
    }
  }

  @Test
  void distribution_spreadBelowPoisson_isPoissonAtEveryCount() {
    PoissonDistribution poisson = new PoissonDistribution(500);
    double[] cdf = NegativeBinomial.distribution(500, 0.01);

    for (int n = 0; n < cdf.length; n++) {
      assertEquals(poisson.cumulativeProbability(n), cdf[n], TOLERANCE, "n " + n);
    }
  }
}
