package dev.zhanwang.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StandardNormalTest {
  /** Reference values of Phi (to 16 digits, e.g. from mpmath), including the far lower tail. */
  @Test
  void cdf_knownValues_toRelativeAccuracyOf1e14() {
    double[][] known = {
      {0.0, 0.5},
      {1.959963984540054, 0.975},
      {-1.0, 0.15865525393145705},
      {-5.0, 2.866515718791939e-7},
      {-10.0, 7.619853024160527e-24},
      {3.0, 0.9986501019683699}
    };
    for (double[] pair : known) {
      assertEquals(pair[1], StandardNormal.cdf(pair[0]), 1e-14 * pair[1], "Phi(" + pair[0] + ")");
    }
  }

  /**
   * Round trips up to z = 2: beyond, Phi(z) is so close to 1 that the double itself loses the
   * digits (which is why {@link SplitNormal} works with upper tails there).
   */
  @Test
  void inverseCdf_inverts_cdf_acrossTheRange() {
    for (double z = -8; z <= 2; z += 0.25) {
      assertEquals(
          z, StandardNormal.inverseCdf(StandardNormal.cdf(z)), 1e-13 * Math.max(1, -z), "z = " + z);
    }
    assertEquals(1.959963984540054, StandardNormal.inverseCdf(0.975), 1e-14);
    assertEquals(Double.NEGATIVE_INFINITY, StandardNormal.inverseCdf(0.0));
    assertEquals(Double.POSITIVE_INFINITY, StandardNormal.inverseCdf(1.0));
  }
}
