package dev.zhanwang.model;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Minimises a negative log-likelihood {@code f(theta)} within bounds (Nelder-Mead with restarts:
 * derivative-free, so kinks such as the split normal's at its mode do no harm, and sturdier on
 * these small problems than Commons Math's BOBYQA, which gives up with "failed to reduce Q")
 * and estimates the covariance of
 * {@code theta} by the observed information: {@code Cov = H^-1}, {@code H} the Hessian of
 * {@code f} at the optimum by central differences with steps {@code h_i = 1e-4 (1 + |theta_i|)}.
 * A coordinate that ends on its bound gets no variance (NaN), the others are computed without it.
 */
final class Mle {
  private static final double STEP = 1e-4;
  private static final double ON_BOUND = 1e-3;

  /** The minimiser and the covariance of its coordinates. */
  record Optimum(double[] theta, double[][] covariance) {
    double stdError(int i) {
      return Math.sqrt(covariance[i][i]);
    }
  }

  private Mle() {}

  static Optimum minimise(MultivariateFunction f, double[] start, double[] lower, double[] upper) {
    int n = start.length;
    // Outside the box the likelihood is undefined or meaningless; infinity steers the simplex back.
    MultivariateFunction boxed = x -> {
      for (int i = 0; i < n; i++) {
        if (x[i] < lower[i] || x[i] > upper[i]) {
          return Double.POSITIVE_INFINITY;
        }
      }
      return f.value(x);
    };
    SimplexOptimizer optimizer = new SimplexOptimizer(new SimpleValueChecker(1e-13, 1e-15));
    PointValuePair optimum = new PointValuePair(start, boxed.value(start));
    // Nelder-Mead can stall on a collapsed simplex; restarting from the best point until it no
    // longer improves is the usual remedy.
    for (int restart = 0; restart < 20; restart++) {
      double[] steps = new double[n];
      for (int i = 0; i < n; i++) {
        steps[i] = 0.1 * Math.min(1, upper[i] - lower[i]);
      }
      PointValuePair next = optimizer.optimize(
          new MaxEval(100_000),
          new ObjectiveFunction(boxed),
          GoalType.MINIMIZE,
          new InitialGuess(optimum.getPoint()),
          new NelderMeadSimplex(steps));
      boolean improved = next.getValue() < optimum.getValue() - 1e-10;
      optimum = next.getValue() <= optimum.getValue() ? next : optimum;
      if (!improved) {
        break;
      }
    }
    double[] theta = optimum.getPoint();
    int[] free = IntStream.range(0, n)
        .filter(i -> theta[i] - lower[i] > ON_BOUND && upper[i] - theta[i] > ON_BOUND)
        .toArray();
    double[][] covariance = new double[n][n];
    for (double[] row : covariance) {
      Arrays.fill(row, Double.NaN);
    }
    if (free.length == 0) {
      return new Optimum(theta, covariance);
    }
    try {
      RealMatrix inverse =
          new CholeskyDecomposition(hessian(f, theta, free)).getSolver().getInverse();
      for (int a = 0; a < free.length; a++) {
        for (int b = 0; b < free.length; b++) {
          covariance[free[a]][free[b]] = inverse.getEntry(a, b);
        }
      }
    } catch (NonPositiveDefiniteMatrixException e) {
      // Flat or saddle: the data do not pin the parameters down; standard errors stay NaN.
    }
    return new Optimum(theta, covariance);
  }

  /** Central-difference Hessian of {@code f} at {@code x} in the coordinates {@code free}. */
  static RealMatrix hessian(MultivariateFunction f, double[] x, int[] free) {
    int k = free.length;
    double[][] h = new double[k][k];
    double fx = f.value(x);
    for (int a = 0; a < k; a++) {
      int i = free[a];
      double hi = STEP * (1 + Math.abs(x[i]));
      h[a][a] =
          (f.value(shift(x, i, hi, i, 0)) - 2 * fx + f.value(shift(x, i, -hi, i, 0))) / (hi * hi);
      for (int b = 0; b < a; b++) {
        int j = free[b];
        double hj = STEP * (1 + Math.abs(x[j]));
        h[a][b] = (f.value(shift(x, i, hi, j, hj))
                - f.value(shift(x, i, hi, j, -hj))
                - f.value(shift(x, i, -hi, j, hj))
                + f.value(shift(x, i, -hi, j, -hj)))
            / (4 * hi * hj);
        h[b][a] = h[a][b];
      }
    }
    return MatrixUtils.createRealMatrix(h);
  }

  private static double[] shift(double[] x, int i, double di, int j, double dj) {
    double[] y = x.clone();
    y[i] += di;
    y[j] += dj;
    return y;
  }
}
