package dev.zhanwang.sim;

import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.scenario.Scenario;
import java.util.ArrayList;
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
 * unstressed run does; the pinned indicator's annual shock {@code Z} (standard normal, the sum of
 * its monthly innovations over {@code sqrt 12}) is then moved into the band by
 * {@code Z' = Phi^-1(lo + (hi - lo) Phi(Z))}. As {@code Phi(Z)} is uniform, {@code Z'} has exactly
 * the distribution of {@code Z} conditioned on {@code lo <= Phi(Z) <= hi}, and path {@code i} of
 * the stressed run is path {@code i} of the unstressed run with that shock moved to the same rank
 * within the band, so the difference of the two runs is paired path by path.
 *
 * <p>The other indicators follow the exact conditional distribution of jointly normal shocks: the
 * annual shocks' correlation is {@code R = F F'} ({@code F} the plan's loading), and each unpinned
 * annual shock {@code S_k} is moved by {@code sum_j beta_kj (Z'_j - Z_j)}, with
 * {@code beta_k = R_kP R_PP^-1} over the pinned set {@code P}: {@code S_k - beta_k Z_P} is
 * independent of the pinned shocks, so it keeps its law, and {@code S_k} given the stressed pinned
 * shocks is what conditioning would give. With one pinned indicator this is the exact conditional
 * distribution of the whole scenario. With several, each pinned shock is exactly within its band
 * and they keep their correlation's Gaussian copula (the joint band of correlated shocks is not
 * imposed). Indicators simulated month by month (ar1-monthly) cannot be pinned and keep their
 * unconditional draws even when correlated with a pinned one; {@link #notes} says so. For
 * student-t the band is of the normal part of the shock (its chi-square draw is left alone).
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
   * What the reader should know about this stress on {@code scenario}: ar1-monthly indicators
   * correlated with a pinned one that keep their unconditional draws.
   */
  public List<String> notes(Scenario scenario, SimulationPlan plan) {
    List<String> notes = new ArrayList<>();
    if (isNone()) {
      return notes;
    }
    int[] pinned = pinned(scenario);
    double[][] r = correlationWith(plan, pinned);
    List<IndicatorSpec> specs = scenario.indicators();
    for (int i = 0; i < specs.size(); i++) {
      if (plan.monthly[i] == null) {
        continue;
      }
      for (int a = 0; a < pinned.length; a++) {
        if (Math.abs(r[i][a]) > 1e-12) {
          notes.add(specs.get(i).id() + " (ar1-monthly) is correlated with the pinned "
              + specs.get(pinned[a]).id() + " but keeps its unconditional draws");
          break;
        }
      }
    }
    return notes;
  }

  /**
   * The plan with this stress applied in its kernel.
   *
   * @throws IllegalArgumentException when a band names an indicator the scenario does not have,
   *     or one simulated month by month; the message names it
   */
  public SimulationPlan applyTo(Scenario scenario, SimulationPlan plan) {
    if (isNone()) {
      return plan;
    }
    int k = plan.indicatorCount;
    int[] pinned = pinned(scenario);
    for (int j = 0; j < pinned.length; j++) {
      if (plan.monthly[pinned[j]] != null) {
        throw new IllegalArgumentException(bands.get(j).indicator()
            + " is simulated month by month (ar1-monthly), so it has no single annual shock to"
            + " pin; only annual models can be stressed");
      }
    }
    double[][] r = correlationWith(plan, pinned);
    int m = pinned.length;
    RealMatrix rpp = MatrixUtils.createRealMatrix(m, m);
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        rpp.setEntry(a, b, r[pinned[a]][b]);
      }
    }
    RealMatrix inverse = new LUDecomposition(rpp).getSolver().getInverse();
    double[] beta = new double[k * m];
    Set<Integer> pinnedSet = new HashSet<>();
    for (int j : pinned) {
      pinnedSet.add(j);
    }
    for (int i = 0; i < k; i++) {
      if (pinnedSet.contains(i) || plan.monthly[i] != null) {
        continue;
      }
      for (int b = 0; b < m; b++) {
        double sum = 0.0;
        for (int a = 0; a < m; a++) {
          sum += r[i][a] * inverse.getEntry(a, b);
        }
        beta[i * m + b] = sum;
      }
    }
    double[] low = bands.stream().mapToDouble(Band::low).toArray();
    double[] high = bands.stream().mapToDouble(Band::high).toArray();
    return plan.withStress(new SimulationPlan.StressPart(pinned, low, high, beta));
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
