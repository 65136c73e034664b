package dev.zhanwang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void significant_values_sixDigitsPlainWithoutTrailingZeros() {
    assertEquals("1210", Numbers.significant(1210.0));
    assertEquals("320.8", Numbers.significant(320.8));
    assertEquals("0.123457", Numbers.significant(0.1234567));
    assertEquals("1234570", Numbers.significant(1234567.0));
    assertEquals("0.00001", Numbers.significant(1e-5));
    assertEquals("0", Numbers.significant(-0.0));
  }

  @Test
  void significantAndFixed_nan_empty() {
    assertEquals("", Numbers.significant(Double.NaN));
    assertEquals("", Numbers.fixed(Double.NaN, 4));
  }

  @Test
  void fixed_probability_fourDecimals() {
    assertEquals("0.8731", Numbers.fixed(0.87314, 4));
    assertEquals("0.00104", Numbers.fixed(0.001041, 5));
  }

  @Test
  void label_largeAndSmall_groupedOrFourDigits() {
    assertEquals("1,210", Numbers.label(1210.0));
    assertEquals("345.1", Numbers.label(345.06));
    assertEquals("7.5", Numbers.label(7.5));
  }

  /** The definition {@link Numbers#rounded} must match byte for byte: the exact expansion. */
  private static String exact(double value, int digits) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    String text = new BigDecimal(value)
        .round(new MathContext(digits))
        .stripTrailingZeros()
        .toPlainString();
    return text.equals("-0") ? "0" : text;
  }

  @Test
  void rounded_tiesAndEdges_sameTextAsTheExactExpansion() {
    double[] values = {
      0.1234565,
      1234.565,
      2.5e-7,
      999999.5,
      999999.4999999999,
      9999995,
      100000.5,
      0.5,
      1e22,
      1e23,
      1e-5,
      1e-300,
      4.9e-324,
      Double.MIN_NORMAL,
      Double.MAX_VALUE,
      -Double.MAX_VALUE,
      1000.0,
      999.9999999,
      1e6,
      1e7 - 0.5,
      -0.0,
      0.0,
      -1234.5645,
      Double.NaN,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      0.1 + 0.2,
      1.0 / 3,
      123456.49999999999,
      123456.50000000001,
      Math.nextDown(0.00123456500),
      8.999995e300
    };
    for (double value : values) {
      assertEquals(exact(value, 6), Numbers.rounded(value, new MathContext(6)), "value " + value);
      assertEquals(exact(value, 4), Numbers.rounded(value, new MathContext(4)), "value " + value);
    }
  }

  @Test
  void rounded_randomDoubles_sameTextAsTheExactExpansion() {
    SplittableRandom random = new SplittableRandom(20231109);
    for (int i = 0; i < 1_000_000; i++) {
      double value = switch (i % 4) {
        // any bit pattern: every exponent, subnormals, NaN and infinities
        case 0 -> Double.longBitsToDouble(random.nextLong());
        // values as reports hold them, over the magnitudes of levels and percentages
        case 1 -> (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(-8, 12));
        // decimals with seven significant digits ending in 5: a tie in decimal, near one in binary
        case 2 ->
          (random.nextLong(1_000_000, 10_000_000) * 10 + 5) / Math.pow(10, random.nextInt(0, 14));
        // neighbours of decimals ending in 5
        default ->
          Math.nextAfter(
              (random.nextLong(100_000, 1_000_000) * 10 + 5) / Math.pow(10, random.nextInt(0, 14)),
              random.nextBoolean() ? 1e300 : -1e300);
      };
      assertEquals(exact(value, 6), Numbers.rounded(value, new MathContext(6)), "value " + value);
      assertEquals(exact(value, 4), Numbers.rounded(value, new MathContext(4)), "value " + value);
    }
  }
}
