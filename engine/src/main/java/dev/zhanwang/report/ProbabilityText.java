package dev.zhanwang.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How a Monte Carlo probability is written for people: in percent, to the digits its standard
 * error allows, with that error to two significant figures ({@code "0.065% ± 0.0025"} for 648
 * paths of 10^6, {@code "25.6% ± 0.14"}). A count of zero says only that the probability is
 * small: the one-sided 95% bound {@code 1 - 0.05^(1/n)} ({@code "< 0.0003%"} for 10^6 paths),
 * and a count of all paths the mirror bound ({@code "> 99.9997%"}); {@code "0.0% ± 0.0"} would
 * claim a certainty that a count of zero does not give.
 *
 * <p>The estimate is rounded half up to the decimal place of its standard error's leading digit,
 * so it shows every digit the run can vouch for and none beyond; bounds are rounded outwards, to
 * two significant figures, trailing zeros dropped. Text is the same on every machine (no locale).
 */
public final class ProbabilityText {
  /** The confidence of the one-sided bound on a count of zero (or of every path). */
  public static final double CONFIDENCE = 0.95;

  private static final MathContext TWO_DIGITS = new MathContext(2, RoundingMode.HALF_UP);
  private static final MathContext TWO_DIGITS_UP = new MathContext(2, RoundingMode.UP);

  private ProbabilityText() {}

  /**
   * The probability {@code count / paths} in percent with its standard error in percentage
   * points, or a bound when {@code count} is 0 or {@code paths}.
   *
   * @throws IllegalArgumentException unless {@code 0 <= count <= paths} and {@code paths > 0}
   */
  public static String of(long count, long paths) {
    if (paths <= 0 || count < 0 || count > paths) {
      throw new IllegalArgumentException(
          "a count of paths must be in [0, paths] with paths > 0, but was " + count + " of "
              + paths);
    }
    if (count == 0) {
      return "< " + upwards(100 * zeroCountBound(paths)) + "%";
    }
    if (count == paths) {
      BigDecimal missed = new BigDecimal(100 * zeroCountBound(paths)).round(TWO_DIGITS_UP);
      return "> "
          + BigDecimal.valueOf(100).subtract(missed).stripTrailingZeros().toPlainString() + "%";
    }
    double p = (double) count / paths;
    return withError(100 * p, 100 * Math.sqrt(p * (1 - p) / paths)).replaceFirst(" ", "% ");
  }

  /**
   * As {@link #of(long, long)} for a probability given as a share of {@code paths}: the count is
   * recovered exactly ({@code round(p * paths)}) for any path count below 2^53.
   */
  public static String ofShare(double probability, long paths) {
    return of(Math.round(probability * paths), paths);
  }

  /**
   * The probability {@code share} of {@code paths} for a table's narrow column, without its
   * standard error: to one decimal in percent, except where that would read 0.0% or 100.0%: then
   * to the digits {@link #of(long, long)} gives ({@code "0.001%"}), or its bound for a count of
   * zero or of every path ({@code "< 0.003%"}).
   */
  public static String cell(double share, long paths) {
    long count = Math.round(share * paths);
    String oneDecimal = String.format(Locale.ROOT, "%.1f%%", 100.0 * count / paths);
    if (count > 0 && count < paths && !oneDecimal.equals("0.0%") && !oneDecimal.equals("100.0%")) {
      return oneDecimal;
    }
    String text = of(count, paths);
    int error = text.indexOf(" ± ");
    return error < 0 ? text : text.substring(0, error);
  }

  /**
   * {@code value ± stdError}: the standard error to two significant figures, the value rounded
   * half up to the place of the standard error's leading digit ({@code 9.31 ± 0.010}); the value
   * to six significant figures alone when the standard error is zero or not a number.
   */
  public static String withError(double value, double stdError) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (!(stdError > 0) || Double.isInfinite(stdError)) {
      return Numbers.significant(value);
    }
    BigDecimal error = new BigDecimal(stdError).round(TWO_DIGITS);
    if (error.precision() < 2) { // 5 from 5.0: the second figure is a zero, and is shown
      error = error.setScale(error.scale() + 2 - error.precision());
    }
    // The place of the error's leading digit: 3 for 0.0025, -1 (tens) for 12.
    int decimals = error.scale() - error.precision() + 1;
    String shown =
        new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    return (shown.matches("-0(\\.0*)?") ? shown.substring(1) : shown)
        + " ± "
        + error.toPlainString();
  }

  /**
   * The one-sided 95% upper bound on a probability of which none of {@code paths} independent
   * paths showed a case: {@code 1 - 0.05^(1/n)}, the {@code p} at which a count of zero has
   * probability 5% (about {@code 3 / n}).
   */
  public static double zeroCountBound(long paths) {
    return -Math.expm1(Math.log(1 - CONFIDENCE) / paths);
  }

  /** {@code value} rounded up (away from zero) to two significant figures, zeros dropped. */
  private static String upwards(double value) {
    return new BigDecimal(value).round(TWO_DIGITS_UP).stripTrailingZeros().toPlainString();
  }
}
