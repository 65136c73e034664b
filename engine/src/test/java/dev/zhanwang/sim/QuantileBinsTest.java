package dev.zhanwang.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.model.Ar1Months;
import dev.zhanwang.scenario.RunSettings;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuantileBinsTest {
  /** numpy's default (linear) quantile by sorting, the definition the selection must reproduce. */
  private static double[] sortedQuantiles(float[] values, double[] levels) {
    float[] sorted = values.clone();
    Arrays.sort(sorted);
    double[] result = new double[levels.length];
    for (int q = 0; q < levels.length; q++) {
      double h = (sorted.length - 1) * levels[q];
      int lo = (int) Math.floor(h);
      int hi = Math.min(lo + 1, sorted.length - 1);
      result[q] = sorted[lo] + (h - lo) * ((double) sorted[hi] - sorted[lo]);
    }
    return result;
  }

  @Test
  void quantiles_anyRangeAndSigns_equalSortedQuantilesExactly() {
    SplittableRandom random = new SplittableRandom(5);
    double[] levels = {0.0, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 1.0};
    int n = 50_001;
    float[][] store = new float[3][n];
    for (int i = 0; i < n; i++) {
      store[0][i] = (float) Math.exp(random.nextGaussian());
      store[1][i] = (float) (random.nextGaussian() * 3 - 1); // both signs
      store[2][i] = random.nextInt(4); // many ties
    }
    // A pilot of 100 values leaves most of the range outside the bins: still exact.
    assertExact(QuantileBins.fromPilot(store, 100, n), store, levels);
  }

  /**
   * Whole numbers (counts) take the lower order statistic, so their quantiles stay whole where
   * interpolation would give 12.3; the same in sketch mode, placed and rounded.
   */
  @Test
  void quantiles_wholeNumbers_areTheLowerOrderStatistics() {
    SplittableRandom random = new SplittableRandom(7);
    double[] levels = {0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95};
    int n = 1_002; // (n - 1) q is never whole, and neighbouring values mostly differ
    float[][] store = new float[1][n];
    for (int i = 0; i < n; i++) {
      store[0][i] = random.nextInt(0, 100_000);
    }
    float[] sorted = store[0].clone();
    Arrays.sort(sorted);
    QuantileBins bins = QuantileBins.fromPilot(store, 500, n);
    int[] counts = new int[bins.bins];
    bins.count(0, store[0], 0, n, counts);
    double[] exact = bins.quantiles(0, store[0], n, counts, levels, true);
    double[] sketch = bins.estimate(0, n, counts, levels, new double[levels.length], true);
    for (int q = 0; q < levels.length; q++) {
      assertEquals(sorted[(int) Math.floor((n - 1) * levels[q])], exact[q], 0.0, "q " + q);
      assertEquals(Math.rint(sketch[q]), sketch[q], 0.0, "sketch q " + q);
    }
  }

  /** Counts every series into its bins: each count adds up, each quantile equals sorting's. */
  private static void assertExact(QuantileBins bins, float[][] store, double[] levels) {
    int n = store[0].length;
    int[] counts = new int[store.length * bins.bins];
    for (int s = 0; s < store.length; s++) {
      bins.count(s, store[s], 0, n, counts);
      assertEquals(n, Arrays.stream(counts, s * bins.bins, (s + 1) * bins.bins).sum());
      assertArrayEquals(
          sortedQuantiles(store[s], levels),
          bins.quantiles(s, store[s], n, counts, levels, false),
          0.0,
          "series " + s);
    }
  }

  /**
   * Bins over each series' exact range skip clamping, and positive series their key's sign fix:
   * still exact for positive, mixed-sign (with both zeros), tied and constant series.
   */
  @Test
  void quantiles_rangeBins_equalSortedQuantilesExactly() {
    SplittableRandom random = new SplittableRandom(6);
    double[] levels = {0.0, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 1.0};
    int n = 70_001;
    float[][] store = new float[4][n];
    for (int i = 0; i < n; i++) {
      store[0][i] = (float) Math.exp(random.nextGaussian());
      store[1][i] = i % 7 == 0 ? (i % 2 == 0 ? 0.0f : -0.0f) : (float) random.nextGaussian();
      // Many ties; -0.0 the smallest, whose raw bits are negative though -0.0 >= 0.
      store[2][i] = i % 11 == 0 ? -0.0f : random.nextInt(4);
      store[3][i] = 2.5f;
    }
    float[] min = new float[4];
    float[] max = new float[4];
    for (int s = 0; s < 4; s++) {
      min[s] = Float.POSITIVE_INFINITY;
      max[s] = Float.NEGATIVE_INFINITY;
      for (float x : store[s]) {
        min[s] = Math.min(min[s], x);
        max[s] = Math.max(max[s], x);
      }
    }
    assertExact(QuantileBins.fromRanges(min, max, n), store, levels);
  }

  /**
   * An infinite sigma makes indicator k0's values a mix of infinities, zeros and NaN: its series
   * have no range, so the run falls back to bins from the first chunk (range bins would index
   * outside the count table). The other series' quantiles are exact either way, so unchanged.
   */
  @Test
  void seriesHoldingNaN_fallsBackToPilotBins_otherSeriesUnchanged() {
    Scenario scenario = ScenarioLoader.load(Path.of("../scenarios/bench/rw1.yaml"));
    SimulationPlan plan = PlanCompiler.compile(scenario).plan();
    int paths = 20_000;
    RunSettings settings = RunSettings.of(paths, 3, 2);
    SimulationResult clean = Simulator.run(plan, settings, Simulator.Progress.NONE);
    plan.monthly[0] = new Ar1Months(plan.monthly[0].phi(), Float.POSITIVE_INFINITY);
    SimulationResult broken = Simulator.run(plan, settings, Simulator.Progress.NONE);
    assertTrue(Double.isNaN(broken.series().get(plan.seriesStart[0] + 11).mean()));
    int checked = 0;
    for (int s = 0; s < plan.seriesCount(); s++) {
      if (s >= plan.seriesStart[0] && s < plan.seriesStart[0] + dev.zhanwang.data.Year.MONTHS) {
        continue;
      }
      assertArrayEquals(
          clean.series().get(s).quantiles(),
          broken.series().get(s).quantiles(),
          0.0,
          "series " + s);
      checked++;
    }
    assertEquals(132, checked);
  }

  @Test
  void binnedSketch_millionPathBaseline_staysWithinItsStatedBoundOfExact() {
    Scenario scenario = ScenarioLoader.load(Path.of("../scenarios/liudong-2023-baseline.yaml"));
    SimulationPlan plan = PlanCompiler.compile(scenario).plan();
    int paths = 1_000_000;
    RunSettings settings = RunSettings.of(paths, 9, 2);
    SimulationResult exact = Simulator.run(
        plan, settings, Simulator.Progress.NONE, Simulator.Workspace.allocate(plan, settings));
    SimulationResult sketch = Simulator.runBinned(plan, settings, Simulator.Progress.NONE);
    assertEquals(QuantileMethod.BINNED, sketch.quantileMethod());
    assertTrue(sketch.quantileNote().contains("largest bound in this run"), sketch.quantileNote());
    double worstShareOfBound = 0.0;
    double worstShareOfSpread = 0.0;
    for (int s = 0; s < plan.seriesCount(); s++) {
      double[] e = exact.series().get(s).quantiles();
      double[] b = sketch.series().get(s).quantiles();
      double bound = sketch.series().get(s).quantileErrorBound();
      double spread = e[e.length - 1] - e[0];
      for (int q = 0; q < e.length; q++) {
        double error = Math.abs(e[q] - b[q]);
        assertTrue(error <= bound, "series " + s + " level " + q + ": " + error + " > " + bound);
        worstShareOfBound = Math.max(worstShareOfBound, error / bound);
        worstShareOfSpread = Math.max(worstShareOfSpread, error / spread);
      }
      assertEquals(exact.series().get(s).mean(), sketch.series().get(s).mean(), 0.0);
    }
    // The README states the sketch's error at 1e6 paths: below 0.05% of the 5-95% spread.
    assertTrue(worstShareOfSpread < 5e-4, "worst error / (p95 - p5) = " + worstShareOfSpread);
    System.out.printf(
        "binned sketch at 1e6 paths: worst error %.3g of the bound, %.3g of p95-p5%n",
        worstShareOfBound, worstShareOfSpread);
  }
}
