package dev.zhanwang.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Locale-independent number text, so the same forecast gives the same bytes on every machine.
 * NaN (no value) becomes the empty string.
 */
final class Numbers {
  private static final MathContext SIX_DIGITS = new MathContext(6);
  private static final MathContext FOUR_DIGITS = new MathContext(4);
  /**
   * How close to a tie ({@code ...5} exactly) a value scaled to whole digits may come before its
   * rounding is decided exactly: the scaled value carries a relative error of a few 1e-16, at
   * most 1e-9 at six digits, so a margin of 1e-6 leaves no doubt on which side of the tie it is.
   */
  private static final double TIE_MARGIN = 1e-6;
  /** Beyond this decimal exponent, powers of ten approach the ends of the double range. */
  private static final int MAX_SHIFT = 290;

  private Numbers() {}

  /** Up to six significant digits in plain notation, e.g. {@code 1210}, {@code 0.123457}. */
  static String significant(double value) {
    return rounded(value, SIX_DIGITS);
  }

  /** A fixed number of decimals, e.g. probabilities as {@code 0.8731}. */
  static String fixed(double value, int decimals) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** Short text for chart labels: whole numbers with grouping from 1000 up, else 4 digits. */
  static String label(double value) {
    return Math.abs(value) >= 1000
        ? String.format(Locale.ROOT, "%,.0f", value)
        : rounded(value, FOUR_DIGITS);
  }

  /**
   * The value rounded half up to {@code context}'s digits, trailing zeros stripped, in plain
   * notation: the text of {@code new BigDecimal(value).round(context)}, which expands the
   * double's exact binary value. That expansion costs microseconds a number and a run writes
   * thousands, so the digits are found in double arithmetic and the exact expansion is kept for
   * values within {@link #TIE_MARGIN} of a tie, where double arithmetic cannot decide.
   */
  static String rounded(double value, MathContext context) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    if (value == 0) {
      return "0";
    }
    int digits = context.getPrecision();
    double magnitude = Math.abs(value);
    // shift: the power of ten that brings the leading digit to position digits - 1.
    int shift = digits - 1 - (int) Math.floor(Math.log10(magnitude));
    if (Math.abs(shift) > MAX_SHIFT) {
      return exactly(value, context);
    }
    double scaled = shift >= 0 ? magnitude * Math.pow(10, shift) : magnitude / Math.pow(10, -shift);
    double whole = Math.floor(scaled);
    long lowest = (long) Math.pow(10, digits - 1);
    if (Math.abs(scaled - whole - 0.5) < TIE_MARGIN || whole < lowest || whole >= 10 * lowest) {
      // Near a tie, or log10 misjudged the exponent of a value next to a power of ten.
      return exactly(value, context);
    }
    long unscaled = (long) whole + (scaled - whole > 0.5 ? 1 : 0);
    while (unscaled % 10 == 0) {
      unscaled /= 10;
      shift--;
    }
    return plain(value < 0, Long.toString(unscaled), shift);
  }

  /** {@code sign digits x 10^-scale} as {@link BigDecimal#toPlainString} writes it. */
  private static String plain(boolean negative, String digits, int scale) {
    StringBuilder text = new StringBuilder(negative ? "-" : "");
    if (scale <= 0) {
      text.append(digits).append("0".repeat(-scale));
    } else if (scale >= digits.length()) {
      text.append("0.").append("0".repeat(scale - digits.length())).append(digits);
    } else {
      int point = digits.length() - scale;
      text.append(digits, 0, point).append('.').append(digits, point, digits.length());
    }
    return text.toString();
  }

  private static String exactly(double value, MathContext context) {
    String text = new BigDecimal(value).round(context).stripTrailingZeros().toPlainString();
    return text.equals("-0") ? "0" : text;
  }
}
