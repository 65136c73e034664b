package dev.zhanwang.nowcast;

/**
 * The growth the remaining months need (剩余月份需实现的增速): with {@code T} the year's total the
 * target asks for ({@code (1 + g*) B12} for a growth target {@code g*}, the level itself for a
 * level target), {@code C_m} the year to date of month {@code m}, {@code B12} the prior year's
 * total and {@code B_m} its year to date of month {@code m} (both on the comparable basis when
 * the actuals imply one),
 *
 * <pre>g_rest = (T - C_m) / (B12 - B_m) - 1</pre>
 *
 * <p>the growth of the rest of the year over the rest of the prior year. For a growth target it is
 * {@code ((1 + g*) B12 - C_m) / (B12 - B_m) - 1}.
 */
public final class RequiredGrowth {
  private RequiredGrowth() {}

  /**
   * {@code g_rest} as a fraction; NaN when no month remains ({@code baseYtd >= base12}).
   *
   * @param yearTotal the total {@code T} the target asks for
   * @param base12 the prior year's total {@code B12}
   * @param ytd this year's year to date {@code C_m}
   * @param baseYtd the prior year's year to date of the same months {@code B_m}
   */
  public static double of(double yearTotal, double base12, double ytd, double baseYtd) {
    double rest = base12 - baseYtd;
    if (!(rest > 0)) {
      return Double.NaN;
    }
    return (yearTotal - ytd) / rest - 1.0;
  }
}
