package dev.zhanwang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
