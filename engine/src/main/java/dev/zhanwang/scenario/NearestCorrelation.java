package dev.zhanwang.scenario;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The nearest correlation matrix to a symmetric matrix with unit diagonal that is not positive
 * semi-definite, in the Frobenius norm: Higham's alternating projections with Dykstra's correction
 * (N. J. Higham, "Computing the nearest correlation matrix - a problem from finance", IMA Journal
 * of Numerical Analysis 22, 2002, algorithm 3.3 with unit weights).
 *
 * <p>The correlation matrices are the intersection of two closed convex sets: the positive
 * semi-definite matrices S and the symmetric matrices with unit diagonal U. Starting from
 * {@code Y = A} and a correction {@code dS = 0}, each step takes {@code R = Y - dS}, projects it
 * onto S ({@code X}: its eigen-decomposition with the negative eigenvalues set to zero), keeps
 * {@code dS = X - R} (Dykstra's correction, which makes the iteration converge to the nearest
 * point of the intersection rather than to some point of it), and projects {@code X} onto U
 * ({@code Y}: its diagonal set to 1). It stops when {@code X} and {@code Y} agree to
 * {@link #TOLERANCE} relative to {@code Y}; the result is {@code Y}, with a unit diagonal and any
 * negative eigenvalue of the order of the tolerance.
 */
public final class NearestCorrelation {
  /** Relative change between the two projections at which the iteration stops. */
  static final double TOLERANCE = 1e-12;

  /** Far beyond what the matrices of a scenario need (tens of steps), to stop a runaway. */
  static final int MAX_STEPS = 100_000;

  private NearestCorrelation() {}

  /**
   * The nearest correlation matrix to {@code a}.
   *
   * @param a symmetric, with unit diagonal
   */
  public static double[][] of(double[][] a) {
    int n = a.length;
    RealMatrix y = MatrixUtils.createRealMatrix(a);
    RealMatrix correction = MatrixUtils.createRealMatrix(n, n);
    for (int step = 0; step < MAX_STEPS; step++) {
      RealMatrix r = y.subtract(correction);
      RealMatrix x = semiDefinitePart(r);
      correction = x.subtract(r);
      RealMatrix next = x.copy();
      for (int i = 0; i < n; i++) {
        next.setEntry(i, i, 1.0);
      }
      double change = next.subtract(x).getFrobeniusNorm();
      y = next;
      if (change <= TOLERANCE * Math.max(1.0, y.getFrobeniusNorm())) {
        break;
      }
    }
    double[][] result = y.getData();
    for (int i = 0; i < n; i++) { // exactly symmetric: rounding may differ in the last bit
      for (int j = 0; j < i; j++) {
        double mean = (result[i][j] + result[j][i]) / 2;
        result[i][j] = mean;
        result[j][i] = mean;
      }
    }
    return result;
  }

  /** {@code m} with its negative eigenvalues set to zero: its projection onto S. */
  private static RealMatrix semiDefinitePart(RealMatrix m) {
    EigenDecomposition eigen = new EigenDecomposition(m);
    double[] values = eigen.getRealEigenvalues();
    RealMatrix v = eigen.getV();
    double[] clipped = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      clipped[i] = Math.max(0.0, values[i]);
    }
    return v.multiply(MatrixUtils.createRealDiagonalMatrix(clipped)).multiply(v.transpose());
  }

  /** The smallest eigenvalue of a symmetric matrix. */
  public static double smallestEigenvalue(double[][] m) {
    if (m.length == 0) {
      return Double.POSITIVE_INFINITY;
    }
    double smallest = Double.POSITIVE_INFINITY;
    for (double value :
        new EigenDecomposition(MatrixUtils.createRealMatrix(m)).getRealEigenvalues()) {
      smallest = Math.min(smallest, value);
    }
    return smallest;
  }
}
