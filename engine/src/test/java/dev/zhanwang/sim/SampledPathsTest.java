package dev.zhanwang.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.scenario.RunSettings;
import dev.zhanwang.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SampledPathsTest {
  private static final Path BASELINE = Path.of("../scenarios/liudong-2023-baseline.yaml");
  private static final SimulationPlan PLAN =
      PlanCompiler.compile(ScenarioLoader.load(BASELINE)).plan();
  /** Three whole chunks and a partial one. */
  private static final int PATHS = 3 * Simulator.CHUNK + 123;

  private static float annual(SampledPaths samples, int slot, int path) {
    int k = PLAN.indicatorCount();
    return slot < k ? samples.indicator(slot, path) : samples.composite(slot - k, path);
  }

  @Test
  void runSampling_everyPath_metFlagsAreTheRunsCountsAndTheThresholdsOnTheKeptValues() {
    SimulationResult result =
        Simulator.runSampling(PLAN, RunSettings.of(PATHS, 7, 2), Simulator.Progress.NONE, PATHS);
    SampledPaths samples = result.samples().orElseThrow();
    assertEquals(PATHS, samples.paths());
    assertTrue(PLAN.criteria().size() > 10);
    for (int c = 0; c < PLAN.criteria().size(); c++) {
      long met = 0;
      for (int p = 0; p < PATHS; p++) {
        boolean over =
            annual(samples, PLAN.criterionAnnualSlot[c], p) >= PLAN.criterionThreshold[c];
        assertEquals(over, samples.met(c, p), "criterion " + c + ", path " + p);
        met += samples.met(c, p) ? 1 : 0;
      }
      assertEquals(result.met()[c], met, "criterion " + c);
    }
    long allMet = 0;
    for (int p = 0; p < PATHS; p++) {
      allMet += samples.allMet(p) ? 1 : 0;
    }
    assertEquals(result.allMet(), allMet);
    // Keeping samples changes nothing of the run itself.
    SimulationResult plain =
        Simulator.run(PLAN, RunSettings.of(PATHS, 7, 2), Simulator.Progress.NONE);
    assertArrayEquals(plain.met(), result.met());
    assertEquals(plain.allMet(), result.allMet());
    for (int s = 0; s < PLAN.seriesCount(); s++) {
      assertEquals(plain.series().get(s).mean(), result.series().get(s).mean());
      assertArrayEquals(
          plain.series().get(s).quantiles(), result.series().get(s).quantiles());
    }
    assertEquals(java.util.Optional.empty(), plain.samples());
  }

  @Test
  void runSampling_fewerPathsOnOtherThreads_areTheFirstOfTheSameRun() {
    SampledPaths all = Simulator.runSampling(
            PLAN, RunSettings.of(PATHS, 7, 2), Simulator.Progress.NONE, PATHS)
        .samples()
        .orElseThrow();
    int n = Simulator.CHUNK + 1; // into the second chunk
    SampledPaths first = Simulator.runSampling(
            PLAN, RunSettings.of(PATHS, 7, 1), Simulator.Progress.NONE, n)
        .samples()
        .orElseThrow();
    assertEquals(n, first.paths());
    int slots = PLAN.indicatorCount() + PLAN.compositeCount();
    for (int p = 0; p < n; p++) {
      for (int slot = 0; slot < slots; slot++) {
        assertEquals(annual(all, slot, p), annual(first, slot, p), "slot " + slot + ", path " + p);
      }
      for (int c = 0; c < PLAN.criteria().size(); c++) {
        assertEquals(all.met(c, p), first.met(c, p));
      }
      assertEquals(all.allMet(p), first.allMet(p));
    }
    assertThrows(IndexOutOfBoundsException.class, () -> first.met(0, n));
  }

  @Test
  void runSampling_noneOrMoreThanThePaths_refused() {
    RunSettings settings = RunSettings.of(1000, 7, 1);
    assertThrows(
        IllegalArgumentException.class,
        () -> Simulator.runSampling(PLAN, settings, Simulator.Progress.NONE, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> Simulator.runSampling(PLAN, settings, Simulator.Progress.NONE, 1001));
  }
}
