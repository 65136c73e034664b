package dev.zhanwang.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class ForecastScoresTest {
  @Test
  void crps_pointMass_isAbsoluteError() {
    double[] mass = new double[50];
    Arrays.fill(mass, 0.07);
    assertEquals(0.05, ForecastScores.crps(mass, 0.12), 1e-15);
    assertEquals(0.05, ForecastScores.crps(mass, 0.02), 1e-15);
  }

  @Test
  void crps_threePoints_matchesHandComputation() {
    // E|X - 2| = 2/3; E|X - X'| / 2 = (1/18) (2 (1 + 2 + 1)) = 4/9; CRPS = 2/9.
    assertEquals(2.0 / 9, ForecastScores.crps(new double[] {1, 2, 3}, 2), 1e-15);
  }

  @Test
  void crpsNormal_atTheMean_isKnownConstant() {
    // sd (2 phi(0) - 1/sqrt(pi)) = sd (0.7978846 - 0.5641896).
    assertEquals(0.2336950 * 3, ForecastScores.crpsNormal(1, 3, 1), 1e-6);
  }

  @Test
  void crps_normalSample_matchesClosedFormWithinThreeStandardErrors() {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20230203L);
    ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
    int batches = 20;
    int n = 20_000;
    for (double y : new double[] {0.05, 0.3, -0.2}) {
      double[] estimates = new double[batches];
      for (int b = 0; b < batches; b++) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
          x[i] = 0.05 + 0.1 * z.sample();
        }
        Arrays.sort(x);
        estimates[b] = ForecastScores.crps(x, y);
      }
      double mean = Arrays.stream(estimates).average().orElseThrow();
      double sd = Math.sqrt(
          Arrays.stream(estimates).map(e -> (e - mean) * (e - mean)).sum() / (batches - 1));
      assertEquals(
          ForecastScores.crpsNormal(0.05, 0.1, y), mean, 3 * sd / Math.sqrt(batches), "y=" + y);
    }
  }

  @Test
  void quantile_typeSeven_interpolatesOrderStatistics() {
    double[] x = {1, 2, 3, 4};
    assertEquals(2.5, ForecastScores.quantile(x, 0.5), 1e-15);
    assertEquals(1.3, ForecastScores.quantile(x, 0.1), 1e-15);
    assertEquals(4, ForecastScores.quantile(x, 1), 1e-15);
  }

  @Test
  void pinball_aboveAndBelowTheQuantile_weighsByLevel() {
    assertEquals(1.8, ForecastScores.pinball(1, 3, 0.9), 1e-15);
    assertEquals(0.1, ForecastScores.pinball(1, 0, 0.9), 1e-15);
  }

  @Test
  void covers_centralEightyPercent_includesInsideExcludesOutside() {
    double[] x = new double[100];
    Arrays.setAll(x, i -> i + 1); // Q(0.1) = 10.9, Q(0.9) = 90.1
    assertTrue(ForecastScores.covers(x, 50, 0.8));
    assertTrue(ForecastScores.covers(x, 10.9, 0.8));
    assertFalse(ForecastScores.covers(x, 95, 0.8));
  }

  @Test
  void brierAndShares_handComputed() {
    assertEquals(0.09, ForecastScores.brier(0.7, true), 1e-15);
    assertEquals(0.49, ForecastScores.brier(0.7, false), 1e-15);
    assertEquals(0.75, ForecastScores.shareAtLeast(new double[] {1, 2, 2, 3}, 2), 1e-15);
    assertEquals(0, ForecastScores.shareAtLeast(new double[] {1, 2}, 5), 1e-15);
    assertEquals(100 * 0.05 / 1.1, ForecastScores.absolutePercentageError(1.05, 1.1), 1e-12);
  }
}
