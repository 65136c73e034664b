package dev.zhanwang.sensitivity;

import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.sim.CriterionInfo;
import dev.zhanwang.sim.SimulationPlan;
import dev.zhanwang.sim.Simulator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The {@link GlobalMeasure}s of one run whose values and annual shocks were kept. */
final class RankMeasures {
  private RankMeasures() {}

  static List<GlobalMeasure> of(
      Scenario scenario,
      SimulationPlan plan,
      Simulator.Workspace workspace,
      List<TargetCheck> checks) {
    int n = workspace.values(0).length;
    double[][] outcomeRanks = new double[checks.size()][];
    boolean[][] met = new boolean[checks.size()][n];
    for (int c = 0; c < checks.size(); c++) {
      CriterionInfo criterion = plan.criteria().get(checks.get(c).index());
      float[] stored = workspace.values(criterion.series());
      double offset = plan.storedOffset(criterion.series());
      outcomeRanks[c] = ranks(stored, n);
      for (int p = 0; p < n; p++) {
        met[c][p] = stored[p] - offset >= criterion.threshold();
      }
    }
    List<List<GlobalMeasure.Row>> rows = new ArrayList<>();
    checks.forEach(check -> rows.add(new ArrayList<>()));
    List<IndicatorSpec> specs = scenario.indicators();
    int fifth = n / 5;
    for (int i = 0; i < specs.size(); i++) {
      double[] shockRanks = ranks(workspace.shocks(i), n);
      for (int c = 0; c < checks.size(); c++) {
        long bottomMet = 0;
        long bottom = 0;
        long topMet = 0;
        long top = 0;
        for (int p = 0; p < n; p++) {
          if (shockRanks[p] <= fifth) {
            bottom++;
            bottomMet += met[c][p] ? 1 : 0;
          } else if (shockRanks[p] > n - fifth) {
            top++;
            topMet += met[c][p] ? 1 : 0;
          }
        }
        rows.get(c)
            .add(new GlobalMeasure.Row(
                specs.get(i).id(),
                pearson(shockRanks, outcomeRanks[c]),
                bottom == 0 ? Double.NaN : (double) bottomMet / bottom,
                top == 0 ? Double.NaN : (double) topMet / top));
      }
    }
    List<GlobalMeasure> measures = new ArrayList<>();
    for (int c = 0; c < checks.size(); c++) {
      List<GlobalMeasure.Row> sorted = new ArrayList<>(rows.get(c));
      sorted.sort(Comparator.comparingDouble(row -> -Math.abs(row.rankCorrelation())));
      measures.add(new GlobalMeasure(checks.get(c), sorted));
    }
    return measures;
  }

  /**
   * Ranks 1..n of the first {@code n} values, ties sharing their average rank. Values are sorted
   * as (order-preserving bits of the float, index) pairs in one long each.
   */
  static double[] ranks(float[] values, int n) {
    long[] keys = new long[n];
    for (int p = 0; p < n; p++) {
      int bits = Float.floatToIntBits(values[p] + 0.0f); // -0 and 0 alike
      bits ^= (bits >> 31) & 0x7fffffff; // negative floats in ascending order
      keys[p] = ((long) bits << 32) | p;
    }
    Arrays.sort(keys);
    double[] ranks = new double[n];
    int start = 0;
    while (start < n) {
      int end = start + 1;
      while (end < n && (keys[end] >> 32) == (keys[start] >> 32)) {
        end++;
      }
      double rank = (start + 1 + end) / 2.0; // average of ranks start+1 .. end
      for (int j = start; j < end; j++) {
        ranks[(int) keys[j]] = rank;
      }
      start = end;
    }
    return ranks;
  }

  /** Pearson's correlation; 0 when either side does not vary (a constant outcome or shock). */
  static double pearson(double[] a, double[] b) {
    int n = a.length;
    double meanA = 0;
    double meanB = 0;
    for (int p = 0; p < n; p++) {
      meanA += a[p];
      meanB += b[p];
    }
    meanA /= n;
    meanB /= n;
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (int p = 0; p < n; p++) {
      double da = a[p] - meanA;
      double db = b[p] - meanB;
      ab += da * db;
      aa += da * da;
      bb += db * db;
    }
    return aa == 0 || bb == 0 ? 0.0 : ab / Math.sqrt(aa * bb);
  }
}
