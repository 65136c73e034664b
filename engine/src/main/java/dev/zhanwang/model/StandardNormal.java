package dev.zhanwang.model;

import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.InverseErfc;

/**
 * The standard normal distribution function and its inverse, through Commons Numbers' erfc: about
 * 19 and 10 ns a call, against 170 and 32 ns for commons-math3's, which matters where every path
 * takes one (split-normal and bootstrap draws, Latin hypercube strata).
 */
public final class StandardNormal {
  private static final double SQRT_2 = Math.sqrt(2);

  private StandardNormal() {}

  /** {@code Phi(z) = erfc(-z / sqrt 2) / 2}, accurate in the lower tail. */
  public static double cdf(double z) {
    return 0.5 * Erfc.value(-z / SQRT_2);
  }

  /** {@code Phi^-1(p) = -sqrt 2 erfc^-1(2p)}, for p in [0, 1]. */
  public static double inverseCdf(double p) {
    return -SQRT_2 * InverseErfc.value(2 * p);
  }
}
