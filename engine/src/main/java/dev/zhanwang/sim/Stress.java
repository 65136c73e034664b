package dev.zhanwang.sim;

import static dev.zhanwang.data.Year.MONTHS;

import dev.zhanwang.model.Ar1Months;
import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A stress run: one or more indicators' annual shocks pinned to a band of their own distribution
 * (for example the worst 5%, percentiles 0 to 5), the way @RISK's stress analysis samples an input
 * only within a range.
 *
 * <p>How it is drawn, keeping common random numbers. Each path draws its normals exactly as an
 * unstressed run does, all twelve months at once. A pinned indicator's shock is
 * {@code P = sum_t w[t] e[t]}, its monthly innovations (standard normal, correlated across
 * indicators by {@code R = F F'}) with unit weights {@code w}: equal, {@code 1/sqrt 12}, for an
 * annual model, whose annual shock this is; for ar1-monthly the weights with which its year's
 * total responds to each month's innovation, to first order ({@link Ar1Months#annualWeights}).
 * {@code P} is standard normal and is moved into the band by the same rank,
 * {@code P' = Phi^-1(lo + (hi - lo) Phi(P))}: as {@code Phi(P)} is uniform, {@code P'} has exactly
 * the law of {@code P} conditioned on {@code lo <= Phi(P) <= hi}, and path {@code i} of the
 * stressed run is path {@code i} of the unstressed run with that shock moved within its band, so
 * the difference of the two runs is paired path by path.
 *
 * <p>Every innovation then follows its exact conditional law given the pinned shocks, as for
 * jointly normal variables: with {@code C} the pinned shocks' covariance,
 * {@code C_ab = R_ab sum_t w_a[t] w_b[t]}, and {@code gamma = C^-1 (P' - P)}, each innovation
 * moves by {@code e_k[t] += sum_b R_kb w_b[t] gamma_b}. The part of {@code e} uncorrelated with
 * the pinned shocks is untouched, and the pinned shocks land exactly on {@code P'}. So a
 * correlated indicator shifts as conditioning says, and a single pinned indicator gives the exact
 * conditional distribution of the whole scenario. With several, each pinned shock is exactly
 * within its band and they keep their correlation's Gaussian copula (the joint band of
 * correlated shocks is not imposed). For student-t the band is of the normal part of the shock
 * (its chi-square draw is left alone); {@link #notes} says so.
 *
 * @param bands the pinned indicators, each at most once
 */
public record Stress(List<Band> bands) {
  /**
   * One pinned indicator.
   *
   * @param indicator the indicator's id
   * @param low the band's lower percentile as a probability, in [0, 1)
   * @param high its upper percentile, in (low, 1]
   */
  public record Band(String indicator, double low, double high) {
    public Band {
      Objects.requireNonNull(indicator, "indicator");
      if (!(low >= 0 && low < high && high <= 1)) {
        throw new IllegalArgumentException(
            "a band needs 0 <= low < high <= 1, but was " + low + ".." + high);
      }
    }

    /** The band as percentiles, e.g. {@code industrial_output_total 0-5%}. */
    public String label() {
      return indicator + " " + percent(low) + "-" + percent(high) + "%";
    }

    private static String percent(double p) {
      double x = 100 * p;
      return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
  }

  /**
   * Checks that no indicator is pinned twice.
   *
   * @throws IllegalArgumentException when one is
   */
  public Stress {
    bands = List.copyOf(bands);
    Set<String> seen = new HashSet<>();
    for (Band band : bands) {
      if (!seen.add(band.indicator())) {
        throw new IllegalArgumentException(band.indicator() + " is pinned twice");
      }
    }
  }

  /** The unstressed run. */
  public static Stress none() {
    return new Stress(List.of());
  }

  public boolean isNone() {
    return bands.isEmpty();
  }

  /**
   * What the reader should know about this stress on {@code scenario}: how a pinned indicator
   * simulated month by month, or with a chi-square draw, is pinned.
   */
  public List<String> notes(Scenario scenario) {
    List<String> notes = new ArrayList<>();
    for (Band band : bands) {
      scenario.indicator(band.indicator()).ifPresent(spec -> {
        switch (spec.variant()) {
          case AR1_MONTHLY ->
            notes.add(band.indicator() + " (ar1-monthly): the band is of its"
                + " monthly innovations weighted as its year's total responds to them, to first"
                + " order; the year's total follows closely, not exactly");
          case STUDENT_T ->
            notes.add(band.indicator() + " (student-t): the band is of the"
                + " normal part of its shock; its chi-square draw is left as it is");
          default -> {}
        }
      });
    }
    return notes;
  }

  /**
   * The plan with this stress applied in its kernel.
   *
   * @throws IllegalArgumentException when a band names an indicator the scenario does not have
   */
  public SimulationPlan applyTo(Scenario scenario, SimulationPlan plan) {
    if (isNone()) {
      return plan;
    }
    int k = plan.indicatorCount;
    int[] pinned = pinned(scenario);
    int m = pinned.length;
    double[] weights = new double[m * MONTHS];
    for (int b = 0; b < m; b++) {
      double[] w = monthWeights(plan, pinned[b]);
      System.arraycopy(w, 0, weights, b * MONTHS, MONTHS);
    }
    double[][] r = correlationWith(plan, pinned);
    // Cov(P_a, P_b) = R_ab sum_t w_a[t] w_b[t]: the innovations of one month are correlated by
    // R, those of different months are independent.
    RealMatrix covariance = MatrixUtils.createRealMatrix(m, m);
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        double overlap = 0.0;
        for (int t = 0; t < MONTHS; t++) {
          overlap += weights[a * MONTHS + t] * weights[b * MONTHS + t];
        }
        covariance.setEntry(a, b, r[pinned[a]][b] * overlap);
      }
    }
    RealMatrix inverse = new LUDecomposition(covariance).getSolver().getInverse();
    double[] flatInverse = new double[m * m];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        flatInverse[a * m + b] = inverse.getEntry(a, b);
      }
    }
    double[] correlation = new double[k * m];
    for (int i = 0; i < k; i++) {
      for (int b = 0; b < m; b++) {
        correlation[i * m + b] = Math.abs(r[i][b]) < 1e-12 ? 0.0 : r[i][b];
      }
    }
    double[] low = bands.stream().mapToDouble(Band::low).toArray();
    double[] high = bands.stream().mapToDouble(Band::high).toArray();
    return plan.withStress(
        new SimulationPlan.StressPart(pinned, low, high, weights, flatInverse, correlation));
  }

  /**
   * The unit month weights of indicator {@code i}'s pinned shock: equal for an annual model (its
   * annual shock), and for ar1-monthly the first-order weights of its year's total
   * ({@link Ar1Months#annualWeights}), normalised.
   */
  static double[] monthWeights(SimulationPlan plan, int i) {
    double[] w = new double[MONTHS];
    if (plan.monthly[i] == null) {
      Arrays.fill(w, 1.0 / Math.sqrt(MONTHS));
      return w;
    }
    double[] expected = Arrays.copyOfRange(plan.monthlyScale, i * MONTHS, (i + 1) * MONTHS);
    w = Ar1Months.annualWeights(plan.monthly[i].phi(), expected);
    double norm = 0.0;
    for (double x : w) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    for (int t = 0; t < MONTHS; t++) {
      w[t] /= norm;
    }
    return w;
  }

  private int[] pinned(Scenario scenario) {
    List<String> ids = scenario.indicators().stream().map(IndicatorSpec::id).toList();
    int[] pinned = new int[bands.size()];
    for (int j = 0; j < bands.size(); j++) {
      pinned[j] = ids.indexOf(bands.get(j).indicator());
      if (pinned[j] < 0) {
        throw new IllegalArgumentException(
            bands.get(j).indicator() + " is not an indicator of the scenario");
      }
    }
    return pinned;
  }

  /**
   * The annual shocks' correlation {@code R = F F'} of every indicator (rows) with each pinned one
   * (columns): only these columns, as a scenario may have thousands of indicators.
   */
  private static double[][] correlationWith(SimulationPlan plan, int[] pinned) {
    int k = plan.indicatorCount;
    double[][] r = new double[k][pinned.length];
    for (int i = 0; i < k; i++) {
      for (int a = 0; a < pinned.length; a++) {
        int j = pinned[a];
        double sum = 0.0;
        for (int c = 0; c < k; c++) {
          sum += plan.loading[i * k + c] * plan.loading[j * k + c];
        }
        r[i][a] = sum;
      }
    }
    return r;
  }
}
