package dev.zhanwang.model;

/**
 * The correlation that common factors imply (see {@link GrowthModel#FACTOR}): with loadings
 * {@code B} ({@code k} indicators by {@code q} factors),
 * {@code R = B B^T + diag(1 - sum_j b_ij^2)}.
 * {@code R} has a unit diagonal and is positive semi-definite whenever every row's
 * {@code sum_j b_ij^2 <= 1}, so the kernel can take its Cholesky factor.
 */
public final class FactorStructure {
  private FactorStructure() {}

  /**
   * The implied correlation matrix.
   *
   * @param loadings {@code k} rows of {@code q >= 1} loadings each
   * @throws IllegalArgumentException if rows differ in length, a loading is not finite or a row's
   *     squares sum to more than 1 (an indicator can't be more than fully explained)
   */
  public static double[][] correlation(double[][] loadings) {
    int k = loadings.length;
    for (int i = 0; i < k; i++) {
      double[] row = loadings[i];
      double communality = 0;
      for (double b : row) {
        if (!Double.isFinite(b)) {
          throw new IllegalArgumentException(
              "loading of row " + i + " must be finite, but was " + b);
        }
        communality += b * b;
      }
      if (row.length != loadings[0].length || row.length == 0) {
        throw new IllegalArgumentException("every row needs the same number (>= 1) of loadings");
      }
      if (communality > 1 + 1e-12) {
        throw new IllegalArgumentException(
            "row " + i + "'s squared loadings must sum to <= 1, but summed to " + communality);
      }
    }
    double[][] r = new double[k][k];
    for (int i = 0; i < k; i++) {
      r[i][i] = 1;
      for (int j = 0; j < i; j++) {
        double sum = 0;
        for (int f = 0; f < loadings[i].length; f++) {
          sum += loadings[i][f] * loadings[j][f];
        }
        r[i][j] = sum;
        r[j][i] = sum;
      }
    }
    return r;
  }

  /** One common factor: {@code R[i][j] = b_i b_j} off the diagonal. */
  public static double[][] correlation(double[] loadings) {
    double[][] rows = new double[loadings.length][];
    for (int i = 0; i < loadings.length; i++) {
      rows[i] = new double[] {loadings[i]};
    }
    return correlation(rows);
  }
}
