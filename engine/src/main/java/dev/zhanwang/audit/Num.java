package dev.zhanwang.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number text for explanations, the same on every machine, and the rounding of stated numbers. */
final class Num {
  /** Below this, two computed numbers are equal: what double arithmetic leaves of 1e-9. */
  static final double EPSILON = 1e-9;

  private Num() {}

  /**
   * Short plain text: one decimal from 100 up ({@code 1251.9}), two from 1 ({@code 20.82}),
   * three below ({@code 0.205}); trailing zeros dropped.
   */
  static String text(double value) {
    double magnitude = Math.abs(value);
    int decimals = magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 3;
    String text = BigDecimal.valueOf(value)
        .setScale(decimals, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
    return text.equals("-0") ? "0" : text;
  }

  /** A number read from the data, as stated: every digit, no trailing zeros ({@code 114.69}). */
  static String stated(double value) {
    String text = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    return text.equals("-0") ? "0" : text;
  }

  /** {@code "41.88 above"} or {@code "41.88 below"}: a difference by its size and side. */
  static String apart(double difference, String above, String below) {
    return text(Math.abs(difference)) + " " + (difference >= 0 ? above : below);
  }

  /** A growth rate with its sign, {@code +20.82%}. */
  static String growth(double pct) {
    return (pct >= 0 ? "+" : "") + text(pct) + "%";
  }

  /** A difference with its sign, {@code +41.88}. */
  static String signed(double value) {
    return (value >= 0 ? "+" : "") + text(value);
  }

  /**
   * Half a unit of the last digit a stated number has: {@code 0.05} for 329.3, {@code 0.5} for
   * 1210 or 25. A computed number within this of a stated one rounds to it.
   */
  static double halfUnit(double stated) {
    int decimals = Math.max(0, BigDecimal.valueOf(stated).stripTrailingZeros().scale());
    return 0.5 * Math.pow(10, -decimals) + EPSILON;
  }
}
