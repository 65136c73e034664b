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
    return Math.abs(value) >= 1000 ? String.format(Locale.ROOT, "%,.0f", value)
        : rounded(value, FOUR_DIGITS);
  }

  private static String rounded(double value, MathContext context) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    String text = new BigDecimal(value).round(context).stripTrailingZeros().toPlainString();
    return text.equals("-0") ? "0" : text;
  }
}
