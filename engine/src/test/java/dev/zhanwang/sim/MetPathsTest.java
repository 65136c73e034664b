package dev.zhanwang.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhanwang.scenario.RunSettings;
import dev.zhanwang.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

class MetPathsTest {
  private static final Path BASELINE = Path.of("../scenarios/liudong-2023-baseline.yaml");

  @Test
  void runKeepingMetPaths_bitsAgreeWithCountsAndAllMetIsTheirIntersectionOnAnyThreads() {
    SimulationPlan plan = PlanCompiler.compile(ScenarioLoader.load(BASELINE)).plan();
    long paths = 3 * Simulator.CHUNK + 123; // a partial last chunk
    SimulationResult one =
        Simulator.runKeepingMetPaths(plan, RunSettings.of(paths, 7, 1), Simulator.Progress.NONE);
    SimulationResult four =
        Simulator.runKeepingMetPaths(plan, RunSettings.of(paths, 7, 4), Simulator.Progress.NONE);
    MetPaths met = one.metPaths().orElseThrow();
    BitSet all = new BitSet();
    all.set(0, (int) paths);
    for (int c = 0; c < met.criterionCount(); c++) {
      assertEquals(one.met()[c], met.met(c).cardinality(), "criterion " + c);
      assertEquals(met.met(c), four.metPaths().orElseThrow().met(c), "criterion " + c);
      assertEquals(-1, met.met(c).nextSetBit((int) paths), "no bit beyond the last path");
      all.and(met.met(c));
    }
    assertEquals(all, met.allMet());
    assertEquals(one.allMet(), met.allMet().cardinality());
    assertEquals(
        java.util.Optional.empty(),
        Simulator.run(plan, RunSettings.of(paths, 7, 1), Simulator.Progress.NONE)
            .metPaths());
  }

  /**
   * Closed forms: nested events ({@code a} within {@code b}, both met on {@code |a|} paths) give
   * {@code Var(d) = d - d^2} per path with {@code d = p_b - p_a}; disjoint ones ({@code p_ab = 0})
   * give {@code p_a + p_b - (p_a - p_b)^2}.
   */
  @Test
  void pairedStdError_nestedOrDisjointEvents_closedForms() {
    BitSet first300 = new BitSet();
    first300.set(0, 300);
    BitSet first450 = new BitSet();
    first450.set(0, 450);
    BitSet last400 = new BitSet();
    last400.set(600, 1000);
    assertEquals(
        Math.sqrt((0.15 - 0.15 * 0.15) / 1000),
        MetPaths.pairedStdError(first300, first450, 1000),
        1e-15);
    assertEquals(0.0, MetPaths.pairedStdError(first300, first300, 1000));
    assertEquals(
        Math.sqrt((0.3 + 0.4 - 0.1 * 0.1) / 1000),
        MetPaths.pairedStdError(first300, last400, 1000),
        1e-15);
  }
}
