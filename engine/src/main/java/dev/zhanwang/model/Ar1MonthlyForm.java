package dev.zhanwang.model;

import java.util.Arrays;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The monthly form of {@link Ar1Monthly}, which is monthly already: {@code d[t] = phi d[t-1] +
 * sigma e[t]}, {@code D[t] = sum_{u<=t} d[u]}, month {@code t} is {@code expected[t] exp(D[t])}
 * and the year to date {@code C_m} its running sum. The state carried from month to month is
 * {@code (d, D)}.
 *
 * <p>Conditioned on observed year-to-date totals {@code C_{m_1}, ..., C_{m_k}} (the last month
 * {@code m}), the innovations {@code e[0..m-1]} are given their Gaussian posterior under the
 * linearisation {@code ln C_j ~ ln C*_j + sum_t w_jt (D[t] - D*[t])}, {@code w_jt} month
 * {@code t}'s share of {@code C*_j}, iterated about the posterior mean (Gauss-Newton, as an
 * iterated extended Kalman filter does). The state at the last observed month, {@code (d[m-1],
 * D[m-1])}, is linear in the innovations, so it is drawn from its two-dimensional Gaussian
 * posterior and carried on: only months {@code m+1..12} are simulated, each adding to the observed
 * {@code C_m}. When every month to {@code m} is observed the state is known exactly and carried
 * as it is; from one year-to-date total it is uncertain, and the draw says how.
 *
 * @param phi the AR(1) coefficient
 * @param sigma the monthly innovation's standard deviation, in log units
 * @param expected the expected monthly levels (12)
 */
public record Ar1MonthlyForm(double phi, double sigma, double[] expected) implements MonthlyForm {
  private static final int ITERATIONS = 30;
  private static final double JITTER = 1e-12;

  public Ar1MonthlyForm {
    expected = expected.clone();
  }

  @Override
  public RestOfYear given(int[] months, double[] yearToDate) {
    int m = months.length == 0 ? 0 : months[months.length - 1];
    double[] mean = new double[2];
    double[] root = new double[3];
    if (m > 0) {
      state(months, yearToDate, mean, root);
    }
    double start = m > 0 ? yearToDate[months.length - 1] : 0.0;
    return (random, out, n) -> draw(m, mean, root, start, random, out, n);
  }

  private void draw(
      int m,
      double[] mean,
      double[] root,
      double start,
      UniformRandomProvider random,
      double[] out,
      int n) {
    ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(random);
    for (int p = 0; p < n; p++) {
      double d = mean[0];
      double level = mean[1];
      if (m > 0) {
        double a = normal.sample();
        double b = normal.sample();
        d += root[0] * a;
        level += root[1] * a + root[2] * b;
      }
      double total = start;
      for (int t = m; t < expected.length; t++) {
        d = phi * d + sigma * normal.sample();
        level += d;
        total += expected[t] * Math.exp(level);
      }
      out[p] = total;
    }
  }

  @Override
  public void path(UniformRandomProvider random, double[] ytd) {
    ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(random);
    double d = 0.0;
    double level = 0.0;
    double total = 0.0;
    for (int t = 0; t < expected.length; t++) {
      d = phi * d + sigma * normal.sample();
      level += d;
      total += expected[t] * Math.exp(level);
      ytd[t] = total;
    }
  }

  /**
   * The posterior mean of {@code (d[m-1], D[m-1])} into {@code mean} and the lower Cholesky
   * factor of its covariance into {@code root} ({@code l11, l21, l22}).
   */
  private void state(int[] months, double[] yearToDate, double[] mean, double[] root) {
    int m = months[months.length - 1];
    int k = months.length;
    // c[t][v]: the loading of D[t] on e[v], sigma sum_{u=v}^{t} phi^(u-v).
    double[][] c = new double[m][m];
    for (int v = 0; v < m; v++) {
      double power = 1.0;
      double sum = 0.0;
      for (int t = v; t < m; t++) {
        sum += power;
        power *= phi;
        c[t][v] = sigma * sum;
      }
    }
    double[] mu = new double[m];
    double[][] h = new double[k][m];
    RealMatrix inverse = null;
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      double[] level = new double[m];
      for (int t = 0; t < m; t++) {
        for (int v = 0; v <= t; v++) {
          level[t] += c[t][v] * mu[v];
        }
      }
      double[] residual = new double[k];
      for (int j = 0; j < k; j++) {
        double total = 0.0;
        for (int t = 0; t < months[j]; t++) {
          total += expected[t] * Math.exp(level[t]);
        }
        Arrays.fill(h[j], 0.0);
        for (int t = 0; t < months[j]; t++) {
          double w = expected[t] * Math.exp(level[t]) / total;
          for (int v = 0; v <= t; v++) {
            h[j][v] += w * c[t][v];
          }
        }
        double linear = 0.0;
        for (int v = 0; v < m; v++) {
          linear += h[j][v] * mu[v];
        }
        residual[j] = Math.log(yearToDate[j]) - Math.log(total) + linear;
      }
      RealMatrix hm = MatrixUtils.createRealMatrix(h);
      RealMatrix s = hm.multiply(hm.transpose());
      for (int j = 0; j < k; j++) {
        s.addToEntry(j, j, JITTER);
      }
      inverse = new LUDecomposition(s).getSolver().getInverse();
      double[] next = hm.transpose().operate(inverse.operate(residual));
      double change = 0.0;
      for (int v = 0; v < m; v++) {
        change = Math.max(change, Math.abs(next[v] - mu[v]));
      }
      mu = next;
      if (change < 1e-12) {
        break;
      }
    }
    // The state's loadings on e: d[m-1] = sigma phi^(m-1-v), D[m-1] = c[m-1][v].
    double[][] a = new double[2][m];
    for (int v = 0; v < m; v++) {
      a[0][v] = sigma * Math.pow(phi, m - 1 - v);
      a[1][v] = c[m - 1][v];
    }
    RealMatrix am = MatrixUtils.createRealMatrix(a);
    RealMatrix ah = am.multiply(MatrixUtils.createRealMatrix(h).transpose());
    RealMatrix cov =
        am.multiply(am.transpose()).subtract(ah.multiply(inverse).multiply(ah.transpose()));
    double[] stateMean = am.operate(mu);
    mean[0] = stateMean[0];
    mean[1] = stateMean[1];
    double l11 = Math.sqrt(Math.max(cov.getEntry(0, 0), 0.0));
    double l21 = l11 > 1e-12 ? cov.getEntry(1, 0) / l11 : 0.0;
    root[0] = l11;
    root[1] = l21;
    root[2] = Math.sqrt(Math.max(cov.getEntry(1, 1) - l21 * l21, 0.0));
  }
}
