package dev.zhanwang.model;

/**
 * The month-by-month path of {@link GrowthModel#AR1_MONTHLY}, the one sampler its simulation and
 * its backtest share. For a block of paths and month {@code t}, from unit-normal innovations
 * {@code e}: {@code d = phi d + sigma e}, {@code m = m exp(d)} (so {@code m = exp(D[t])},
 * {@code D} the running sum of {@code d}), and the month's level {@code scale[t] m} is added to
 * the year to date {@code y}. {@code d} starts at 0 for a scenario's year, or at the last
 * observed shock when a fit forecasts from its history.
 *
 * @param phi the AR(1) coefficient, in (-1, 1)
 * @param sigma the monthly innovation's standard deviation, in log units
 */
public record Ar1Months(float phi, float sigma) implements java.io.Serializable {
  /** Where the series in {@link #expNearZero} stops being accurate to single precision. */
  static final float EXP_SERIES_LIMIT = 0.125f;

  /** One month for paths {@code p < n}; {@code scale} is the month's expected level. */
  public void month(float[] d, float[] e, float[] m, float[] y, float scale, int n) {
    float largest = 0f;
    for (int p = 0; p < n; p++) {
      float next = phi * d[p] + sigma * e[p];
      d[p] = next;
      largest = Math.max(largest, Math.abs(next));
    }
    if (largest <= EXP_SERIES_LIMIT) {
      for (int p = 0; p < n; p++) {
        float level = m[p] * expNearZero(d[p]);
        m[p] = level;
        y[p] += scale * level;
      }
    } else {
      for (int p = 0; p < n; p++) {
        float x = d[p];
        float growth = Math.abs(x) <= EXP_SERIES_LIMIT ? expNearZero(x) : (float) Math.exp(x);
        float level = m[p] * growth;
        m[p] = level;
        y[p] += scale * level;
      }
    }
  }

  /**
   * exp(x) for |x| <= {@link #EXP_SERIES_LIMIT} by its Taylor series to degree 6 (relative error
   * below 6e-9 there, under single precision's 6e-8); branch-free so the loop calling it
   * vectorises. Monthly log-growth deviations are almost always that small; larger ones are
   * recomputed with Math.exp.
   */
  static float expNearZero(float x) {
    float p = 1f / 720;
    p = p * x + 1f / 120;
    p = p * x + 1f / 24;
    p = p * x + 1f / 6;
    p = p * x + 0.5f;
    p = p * x + 1f;
    return p * x + 1f;
  }

  /**
   * Standard deviation of the annual log-growth per unit of monthly innovation sd, to first order.
   * The annual total's log deviation is {@code sum_t w[t] D[t]} with weights {@code w} the expected
   * monthly shares; with {@code D[t] = sum_{u<=t} d[u]} and {@code d[u] = sum_{v<=u} phi^(u-v) e[v]}
   * it equals {@code sum_v b[v] e[v]}, {@code b[v] = sum_{u>=v} a[u] phi^(u-v)},
   * {@code a[u] = sum_{t>=u} w[t]}; the answer is {@code sqrt(sum_v b[v]^2)}.
   */
  static double annualLoading(double phi, double[] expectedMonths) {
    double squares = 0.0;
    for (double b : annualWeights(phi, expectedMonths)) {
      squares += b * b;
    }
    return Math.sqrt(squares);
  }

  /**
   * The weights {@code b[v]} of {@link #annualLoading}: to first order, the annual total's log
   * deviation per unit of monthly innovation sd is {@code sum_v b[v] e[v]}. A stress run pins
   * {@code sum_v b[v] e[v] / |b|}, the standardised shock that drives the year's total.
   */
  public static double[] annualWeights(double phi, double[] expectedMonths) {
    int months = expectedMonths.length;
    double total = 0.0;
    for (double level : expectedMonths) {
      total += level;
    }
    double[] a = new double[months];
    double tail = 0.0;
    for (int u = months - 1; u >= 0; u--) {
      tail += expectedMonths[u] / total;
      a[u] = tail;
    }
    double[] weights = new double[months];
    for (int v = 0; v < months; v++) {
      double b = 0.0;
      double power = 1.0;
      for (int u = v; u < months; u++) {
        b += a[u] * power;
        power *= phi;
      }
      weights[v] = b;
    }
    return weights;
  }
}
