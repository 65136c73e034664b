package dev.zhanwang.model;

import dev.zhanwang.data.History;
import dev.zhanwang.data.HistorySeries;
import java.util.List;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * One common factor behind the annual log-growth of every indicator of a history, by maximum
 * likelihood factor analysis over the years all indicators share. With {@code S} the
 * correlation matrix of the {@code n} years' standardised growth and
 * {@code Sigma(b) = b b^T + diag(1 - b^2)} ({@link FactorStructure}), the loadings {@code b}
 * minimise {@code (n/2) (ln det Sigma + tr(Sigma^-1 S))}, over {@code theta = atanh b} from the
 * first principal component {@code sqrt(lambda_1) v_1}; standard errors by the observed
 * information and {@code se(b) = (1 - b^2) se(theta)}. The sign is fixed so that the loadings sum
 * to {@code >= 0}.
 *
 * @param indicators the history's indicators, in its order
 * @param years the number of common years of growth
 */
record FactorAnalysis(List<String> indicators, double[] loadings, double[] stdErrors, int years) {
  static final int MIN_INDICATORS = 3;

  /** Years of growth all indicators must share: at least 6, and more than there are loadings. */
  static int minYears(int indicators) {
    return Math.max(6, indicators + 1);
  }

  /** The common growth years {@code {first, last}} of the history's indicators. */
  static int[] commonYears(History history) {
    int first = Integer.MIN_VALUE;
    int last = Integer.MAX_VALUE;
    for (HistorySeries series : history.series()) {
      HistorySeries.AnnualLevels annual = series.annualLevels();
      first = Math.max(first, annual.firstYear() + 1);
      last = Math.min(last, annual.lastYear());
    }
    return new int[] {first, last};
  }

  static FactorAnalysis fit(History history) {
    int[] span = commonYears(history);
    int n = span[1] - span[0] + 1;
    int k = history.series().size();
    double[][] z = new double[k][];
    for (int i = 0; i < k; i++) {
      HistorySeries.AnnualLevels annual = history.series().get(i).annualLevels();
      double[] growth = annual.logGrowth();
      int from = span[0] - annual.firstYear() - 1;
      double[] x = java.util.Arrays.copyOfRange(growth, from, from + n);
      NormalFit normal = NormalFit.of("", x);
      z[i] = new double[n];
      for (int t = 0; t < n; t++) {
        z[i][t] = (x[t] - normal.mean()) / normal.sd();
      }
    }
    double[][] s = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        for (int t = 0; t < n; t++) {
          s[i][j] += z[i][t] * z[j][t] / n;
        }
      }
    }
    RealMatrix sample = MatrixUtils.createRealMatrix(s);
    EigenDecomposition eigen = new EigenDecomposition(sample);
    int top = 0;
    for (int i = 1; i < k; i++) {
      top = eigen.getRealEigenvalue(i) > eigen.getRealEigenvalue(top) ? i : top;
    }
    double[] start = new double[k];
    double[] lower = new double[k];
    double[] upper = new double[k];
    for (int i = 0; i < k; i++) {
      double b =
          Math.sqrt(eigen.getRealEigenvalue(top)) * eigen.getEigenvector(top).getEntry(i);
      start[i] = atanh(Math.max(-0.95, Math.min(0.95, b)));
      lower[i] = -4;
      upper[i] = 4;
    }
    Mle.Optimum fit = Mle.minimise(
        theta -> {
          double[] b = new double[k];
          for (int i = 0; i < k; i++) {
            b[i] = Math.tanh(theta[i]);
          }
          RealMatrix sigma = MatrixUtils.createRealMatrix(FactorStructure.correlation(b));
          LUDecomposition lu = new LUDecomposition(sigma);
          return n
              / 2.0
              * (Math.log(lu.getDeterminant())
                  + lu.getSolver().getInverse().multiply(sample).getTrace());
        },
        start,
        lower,
        upper);
    double[] loadings = new double[k];
    double[] stdErrors = new double[k];
    double sum = 0;
    for (int i = 0; i < k; i++) {
      loadings[i] = Math.tanh(fit.theta()[i]);
      stdErrors[i] = (1 - loadings[i] * loadings[i]) * fit.stdError(i);
      sum += loadings[i];
    }
    if (sum < 0) {
      for (int i = 0; i < k; i++) {
        loadings[i] = -loadings[i];
      }
    }
    return new FactorAnalysis(history.indicators(), loadings, stdErrors, n);
  }

  private static double atanh(double x) {
    return 0.5 * Math.log((1 + x) / (1 - x));
  }
}
