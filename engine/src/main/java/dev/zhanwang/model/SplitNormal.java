package dev.zhanwang.model;

/**
 * The two-piece (split) normal distribution of {@link GrowthModel#SPLIT_NORMAL}: a normal of
 * standard deviation {@code s1 = sd (1 - skew)} below the mode {@code m} and one of
 * {@code s2 = sd (1 + skew)} above it, joined so that the density is continuous at the mode.
 * Pure functions, with {@code c = sqrt(2/pi) / (s1 + s2)} and {@code Phi} the standard normal
 * distribution function:
 *
 * <ul>
 *   <li>density {@code c exp(-(x - m)^2 / (2 s1^2))} for {@code x < m},
 *       {@code c exp(-(x - m)^2 / (2 s2^2))} for {@code x >= m};
 *   <li>distribution function {@code 2 s1 / (s1 + s2) Phi((x - m) / s1)} below the mode,
 *       {@code 1 - 2 s2 / (s1 + s2) (1 - Phi((x - m) / s2))} from it, so
 *       {@code P(X < m) = s1 / (s1 + s2) = (1 - skew) / 2};
 *   <li>mean {@code m + sqrt(2/pi) (s2 - s1)}; variance
 *       {@code (1 - 2/pi)(s2 - s1)^2 + s1 s2}; mode {@code m}.
 * </ul>
 *
 * <p>Not the same as {@code m + (Z < 0 ? s1 : s2) Z}: that puts half the mass on each side of
 * {@code m} and has a density that jumps at {@code m}; its mean is {@code m + (s2 - s1) /
 * sqrt(2 pi)}, half the two-piece normal's shift.
 *
 * @param mode {@code m}
 * @param sd {@code sd > 0}, the scale both sides share when {@code skew = 0}
 * @param skew in (-1, 1); positive puts more spread above the mode
 */
public record SplitNormal(double mode, double sd, double skew) implements java.io.Serializable {
  private static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

  public SplitNormal {
    if (!Double.isFinite(mode) || !(sd > 0) || !Double.isFinite(sd) || !(skew > -1 && skew < 1)) {
      throw new IllegalArgumentException("split normal needs a finite mode, sd > 0 and skew in"
          + " (-1, 1), but was mode " + mode + ", sd " + sd + ", skew " + skew);
    }
  }

  /** {@code s1 = sd (1 - skew)}. */
  public double sdDown() {
    return sd * (1 - skew);
  }

  /** {@code s2 = sd (1 + skew)}. */
  public double sdUp() {
    return sd * (1 + skew);
  }

  public double density(double x) {
    double s = x < mode ? sdDown() : sdUp();
    double z = (x - mode) / s;
    return SQRT_2_OVER_PI / (sdDown() + sdUp()) * Math.exp(-0.5 * z * z);
  }

  /** The log of {@link #density}, exact far in the tails. */
  public double logDensity(double x) {
    double s = x < mode ? sdDown() : sdUp();
    double z = (x - mode) / s;
    return Math.log(SQRT_2_OVER_PI / (sdDown() + sdUp())) - 0.5 * z * z;
  }

  public double cdf(double x) {
    double s1 = sdDown();
    double s2 = sdUp();
    return x < mode
        ? 2 * s1 / (s1 + s2) * StandardNormal.cdf((x - mode) / s1)
        : 1 - 2 * s2 / (s1 + s2) * StandardNormal.cdf(-(x - mode) / s2);
  }

  /**
   * The {@code p}-quantile: {@code m + s1 PhiInv(p (s1 + s2) / (2 s1))} for
   * {@code p < s1 / (s1 + s2)}, else {@code m - s2 PhiInv((1 - p)(s1 + s2) / (2 s2))}.
   */
  public double quantile(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p must be in [0, 1], but was " + p);
    }
    double s1 = sdDown();
    double s2 = sdUp();
    return p < s1 / (s1 + s2)
        ? mode + s1 * StandardNormal.inverseCdf(p * (s1 + s2) / (2 * s1))
        : mode - s2 * StandardNormal.inverseCdf((1 - p) * (s1 + s2) / (2 * s2));
  }

  /** {@code Q(Phi(z))}: the draw that a standard-normal draw {@code z} maps to. */
  public double fromStandardNormal(double z) {
    // 1 - Phi(z) for z > 0 keeps the upper tail's precision.
    return z < 0 ? quantile(StandardNormal.cdf(z)) : quantileAbove(StandardNormal.cdf(-z));
  }

  private double quantileAbove(double upperTail) {
    double s1 = sdDown();
    double s2 = sdUp();
    return upperTail <= s2 / (s1 + s2)
        ? mode - s2 * StandardNormal.inverseCdf(upperTail * (s1 + s2) / (2 * s2))
        : quantile(1 - upperTail);
  }

  public double mean() {
    return mode + SQRT_2_OVER_PI * (sdUp() - sdDown());
  }

  public double variance() {
    double d = sdUp() - sdDown();
    return (1 - 2 / Math.PI) * d * d + sdDown() * sdUp();
  }
}
