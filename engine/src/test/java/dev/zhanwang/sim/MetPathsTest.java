package dev.zhanwang.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    SimulationResult one = Simulator.runKeepingMetPaths(plan, paths, 7, 1,
        Simulator.Progress.NONE);
    SimulationResult four = Simulator.runKeepingMetPaths(plan, paths, 7, 4,
        Simulator.Progress.NONE);
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
    assertEquals(java.util.Optional.empty(),
        Simulator.run(plan, paths, 7, 1, Simulator.Progress.NONE).metPaths());
  }

  /**
   * Nested events, {@code a} within {@code b}: both met on {@code |a|} paths, so the variance of
   * the difference is {@code (p_b - p_a) - (p_b - p_a)^2} per path, the closed form.
   */
  @Test
  void pairedStdError_nestedEvents_closedForm() {
    BitSet a = new BitSet();
    BitSet b = new BitSet();
    a.set(0, 300);
    b.set(0, 450);
    double d = 0.15;
    assertEquals(Math.sqrt((d - d * d) / 1000), MetPaths.pairedStdError(a, b, 1000), 1e-15);
    assertEquals(0.0, MetPaths.pairedStdError(a, a, 1000));
  }

  /** Disjoint events: {@code p_ab = 0}, so the variance is {@code p_a + p_b - (p_a - p_b)^2}. */
  @Test
  void pairedStdError_disjointEvents_closedForm() {
    BitSet a = new BitSet();
    BitSet b = new BitSet();
    a.set(0, 200);
    b.set(600, 1000);
    double pa = 0.2;
    double pb = 0.4;
    assertEquals(Math.sqrt((pa + pb - (pa - pb) * (pa - pb)) / 1000),
        MetPaths.pairedStdError(a, b, 1000), 1e-15);
  }
}
