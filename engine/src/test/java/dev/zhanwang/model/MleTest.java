package dev.zhanwang.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MleTest {
  @Test
  void minimise_gaussianLogLikelihood_findsMeanAndCovariance() {
    // -ln of a bivariate normal density with means (1, -2), sds (0.2, 0.5), correlation 0.6.
    double r = 0.6;
    Mle.Optimum fit = Mle.minimise(
        t -> {
          double a = (t[0] - 1) / 0.2;
          double b = (t[1] + 2) / 0.5;
          return (a * a - 2 * r * a * b + b * b) / (2 * (1 - r * r));
        },
        new double[] {0, 0},
        new double[] {-10, -10},
        new double[] {10, 10});
    assertEquals(1, fit.theta()[0], 1e-5);
    assertEquals(-2, fit.theta()[1], 1e-5);
    assertEquals(0.2, fit.stdError(0), 1e-4);
    assertEquals(0.5, fit.stdError(1), 1e-4);
    assertEquals(r * 0.2 * 0.5, fit.covariance()[0][1], 1e-4);
  }

  @Test
  void minimise_optimumOnBound_noStandardErrorThere() {
    Mle.Optimum fit = Mle.minimise(
        t -> t[0] + (t[1] - 3) * (t[1] - 3),
        new double[] {1, 0},
        new double[] {0, -10},
        new double[] {5, 10});
    assertEquals(0, fit.theta()[0], 1e-3);
    assertTrue(Double.isNaN(fit.stdError(0)));
    assertEquals(Math.sqrt(0.5), fit.stdError(1), 1e-4);
  }
}
