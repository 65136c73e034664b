package dev.zhanwang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProbabilityTextTest {
  @Test
  void of_smallCount_significantFiguresWithTwoDigitError() {
    // The manifest case: 648 of 10^6 paths, which four decimals wrote as 0.0006.
    assertEquals("0.065% ± 0.0025", ProbabilityText.of(648, 1_000_000));
  }

  @Test
  void of_middlingCount_decimalsFollowTheError() {
    assertEquals("25.6% ± 0.14", ProbabilityText.of(25_600, 100_000));
    assertEquals("50% ± 5.0", ProbabilityText.of(50, 100));
    assertEquals("32.52% ± 0.047", ProbabilityText.of(325_210, 1_000_000));
  }

  @Test
  void of_errorRoundingUpToANewDigit_valueFollowsTheRoundedError() {
    // se = sqrt(0.01 * 0.99 / 1000) = 0.0031464 -> 0.31 pp; 0.99 * 0.01 rounds at one decimal.
    assertEquals("1.0% ± 0.31", ProbabilityText.of(10, 1000));
    // se = 0.0099499 pp -> 0.0099; 9.9e-5 of 10^6: 99 paths
    assertEquals("0.0099% ± 0.00099", ProbabilityText.of(99, 1_000_000));
  }

  @Test
  void of_zeroCount_oneSidedBoundNotZeroPlusMinusZero() {
    assertEquals("< 0.0003%", ProbabilityText.of(0, 1_000_000));
    assertEquals("< 3%", ProbabilityText.of(0, 100));
    assertEquals("< 0.003%", ProbabilityText.of(0, 100_000));
  }

  @Test
  void of_everyPath_mirrorBound() {
    assertEquals("> 99.9997%", ProbabilityText.of(1_000_000, 1_000_000));
    assertEquals("> 97%", ProbabilityText.of(100, 100));
  }

  @Test
  void zeroCountBound_formula_oneMinusTwentiethRootOfPaths() {
    for (long n : new long[] {1, 7, 100, 1_000_000, 5_000_000_000L}) {
      if (n <= 1_000_000) { // beyond, 1 - pow(...) itself loses digits to cancellation
        double expected = 1 - Math.pow(0.05, 1.0 / n);
        assertEquals(expected, ProbabilityText.zeroCountBound(n), 1e-9 * expected);
      }
      // At the bound, a count of zero has probability 5%: (1 - p)^n = 0.05.
      assertEquals(0.05, Math.exp(n * Math.log1p(-ProbabilityText.zeroCountBound(n))), 1e-9);
    }
    assertEquals(2.9957e-6, ProbabilityText.zeroCountBound(1_000_000), 1e-10);
  }

  @Test
  void of_boundsRoundOutwards_neverClaimMoreThanTheBound() {
    for (long n = 1; n < 5000; n += 37) {
      double bound = 100 * ProbabilityText.zeroCountBound(n);
      String upper = ProbabilityText.of(0, n);
      String lower = ProbabilityText.of(n, n);
      assertEquals(
          true, Double.parseDouble(upper.substring(2, upper.length() - 1)) >= bound, upper);
      assertEquals(
          true,
          Double.parseDouble(lower.substring(2, lower.length() - 1)) <= 100 - bound + 1e-9,
          lower);
    }
  }

  @Test
  void withError_anyQuantity_valueToTheErrorsLeadingDigit() {
    assertEquals("9.31 ± 0.010", ProbabilityText.withError(9.3127, 0.00996));
    assertEquals("1240 ± 12", ProbabilityText.withError(1237.4, 12.3));
    assertEquals("0.00 ± 0.050", ProbabilityText.withError(-0.001, 0.05));
    assertEquals("17", ProbabilityText.withError(17, 0.0));
    assertEquals("", ProbabilityText.withError(Double.NaN, 0.1));
  }

  @Test
  void of_countOutsidePaths_refused() {
    assertThrows(IllegalArgumentException.class, () -> ProbabilityText.of(5, 4));
    assertThrows(IllegalArgumentException.class, () -> ProbabilityText.of(-1, 4));
    assertThrows(IllegalArgumentException.class, () -> ProbabilityText.of(0, 0));
  }

  @Test
  void ofShare_shareOfPaths_sameAsTheCount() {
    assertEquals(ProbabilityText.of(648, 1_000_000), ProbabilityText.ofShare(648 / 1e6, 1_000_000));
  }

  @Test
  void cell_tableColumn_oneDecimalUnlessThatReadsZeroOrAll() {
    assertEquals("25.6%", ProbabilityText.cell(25_579 / 1e5, 100_000));
    // One path of 100,000 is not 0.0%: the digits the run vouches for, without the error.
    assertEquals("0.001%", ProbabilityText.cell(1 / 1e5, 100_000));
    assertEquals("< 0.003%", ProbabilityText.cell(0.0, 100_000));
    assertEquals("99.999%", ProbabilityText.cell(99_999 / 1e5, 100_000));
    assertEquals("> 99.997%", ProbabilityText.cell(1.0, 100_000));
  }
}
