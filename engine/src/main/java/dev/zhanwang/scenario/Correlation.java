package dev.zhanwang.scenario;

import java.util.List;

/**
 * The correlation matrix of the listed indicators' shocks (validated: symmetric, unit diagonal,
 * positive semi-definite). Indicators not listed are independent of every other.
 */
public record Correlation(List<String> indicators, double[][] matrix, String assumption) {
  public Correlation {
    indicators = List.copyOf(indicators);
    matrix = deepCopy(matrix);
    if (matrix.length != indicators.size()) {
      throw new IllegalArgumentException("correlation matrix size must match its indicators");
    }
    assumption = assumption == null ? "" : assumption;
  }

  public static Correlation none() {
    return new Correlation(List.of(), new double[0][0], "");
  }

  /** Correlation between two indicators: 1 for the same one, 0 where the matrix is silent. */
  public double between(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    int i = indicators.indexOf(a);
    int j = indicators.indexOf(b);
    return i < 0 || j < 0 ? 0.0 : matrix[i][j];
  }

  @Override
  public double[][] matrix() {
    return deepCopy(matrix);
  }

  private static double[][] deepCopy(double[][] m) {
    double[][] copy = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      copy[i] = m[i].clone();
    }
    return copy;
  }
}
