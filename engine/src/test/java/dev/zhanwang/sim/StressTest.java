package dev.zhanwang.sim;

import static dev.zhanwang.sim.TestScenarios.flowFigure;
import static dev.zhanwang.sim.TestScenarios.iid;
import static dev.zhanwang.sim.TestScenarios.levelTarget;
import static dev.zhanwang.sim.TestScenarios.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.model.StandardNormal;
import dev.zhanwang.scenario.Correlation;
import dev.zhanwang.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stress bands against the closed-form conditional probabilities of a lognormal indicator. */
class StressTest {
  private static final int PATHS = 40_000;
  private static final double B = 100.0;
  private static final double G = 0.10;
  private static final double SD = 0.10;

  private static SimulationResult run(Scenario scenario, Stress stress) {
    SimulationPlan plan =
        stress.applyTo(scenario, PlanCompiler.compile(scenario).plan());
    return Simulator.run(plan, scenario.settings().withThreads(2), Simulator.Progress.NONE);
  }

  /** The level at which a lognormal flow's annual shock must be at least {@code c}. */
  private static double levelAtShock(double c) {
    return B * (1 + G) * Math.exp(SD * c);
  }

  @Test
  void worstFivePercent_lognormalFlow_givesTheConditionalProbability() {
    double c = -2.0;
    Scenario s = scenario(
        List.of(flowFigure("output", B)),
        List.of(levelTarget("output_level", "output", levelAtShock(c))),
        List.of(iid("output", true, 100 * G, 100 * SD)),
        List.of(),
        PATHS,
        5);
    SimulationResult stressed = run(s, new Stress(List.of(new Stress.Band("output", 0, 0.05))));
    // P(Z >= c | Z <= z_0.05) = (0.05 - Phi(c)) / 0.05
    double expected = (0.05 - StandardNormal.cdf(c)) / 0.05;
    System.out.printf(
        "stress worst 5%%: P(met) %.4f, closed form %.4f, s.e. %.4f%n",
        stressed.probabilityMet(0), expected, SimulationResult.binomialStdError(expected, PATHS));
    assertEquals(
        expected,
        stressed.probabilityMet(0),
        4 * SimulationResult.binomialStdError(expected, PATHS));
    SimulationResult plain = run(s, Stress.none());
    assertEquals(1 - StandardNormal.cdf(c), plain.probabilityMet(0), 0.01);
  }

  @Test
  void bestTenPercent_lognormalFlow_givesTheConditionalProbability() {
    double c = 1.5;
    Scenario s = scenario(
        List.of(flowFigure("output", B)),
        List.of(levelTarget("output_level", "output", levelAtShock(c))),
        List.of(iid("output", true, 100 * G, 100 * SD)),
        List.of(),
        PATHS,
        6);
    SimulationResult stressed = run(s, new Stress(List.of(new Stress.Band("output", 0.9, 1.0))));
    double expected = (1 - StandardNormal.cdf(c)) / 0.1;
    assertEquals(
        expected,
        stressed.probabilityMet(0),
        4 * SimulationResult.binomialStdError(expected, PATHS));
  }

  @Test
  void pinnedIndicator_correlatedOther_followsTheBivariateNormalConditional() {
    double rho = 0.6;
    double c = -0.5;
    Scenario s = scenario(
        List.of(flowFigure("a", B), flowFigure("b", B)),
        List.of(levelTarget("b_level", "b", levelAtShock(c))),
        List.of(iid("a", true, 100 * G, 100 * SD), iid("b", true, 100 * G, 100 * SD)),
        List.of(),
        new Correlation(List.of("a", "b"), new double[][] {{1, rho}, {rho, 1}}, ""),
        PATHS,
        7);
    SimulationResult stressed = run(s, new Stress(List.of(new Stress.Band("a", 0, 0.05))));
    // (1 / 0.05) * integral over z < z_0.05 of phi(z) P(rho z + sqrt(1 - rho^2) W >= c)
    double top = StandardNormal.inverseCdf(0.05);
    int steps = 20_000;
    double from = -9;
    double h = (top - from) / steps;
    double integral = 0;
    for (int i = 0; i <= steps; i++) {
      double z = from + i * h;
      double weight = i == 0 || i == steps ? 0.5 : 1.0;
      double density = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
      double met = 1 - StandardNormal.cdf((c - rho * z) / Math.sqrt(1 - rho * rho));
      integral += weight * density * met * h;
    }
    double expected = integral / 0.05;
    assertEquals(
        expected,
        stressed.probabilityMet(0),
        4 * SimulationResult.binomialStdError(expected, PATHS));
    // Without the correlation's carry-over b would stay at its unconditional 1 - Phi(c).
    assertTrue(expected < 1 - StandardNormal.cdf(c) - 0.2);
  }

  @Test
  void monthlyIndicator_worstFivePercent_putsItsYearTotalBelowTheUnstressedFifthPercentile() {
    Scenario s = scenario(
        List.of(flowFigure("output", B)),
        List.of(),
        List.of(TestScenarios.ar1("output", 10, 6, 0.5)),
        List.of(),
        PATHS,
        9);
    double p5 = run(s, Stress.none()).series().get(11).quantiles()[0];
    Scenario withTarget = scenario(
        List.of(flowFigure("output", B)),
        List.of(levelTarget("output_level", "output", p5)),
        List.of(TestScenarios.ar1("output", 10, 6, 0.5)),
        List.of(),
        PATHS,
        9);
    SimulationResult stressed =
        run(withTarget, new Stress(List.of(new Stress.Band("output", 0, 0.05))));
    // The band is of the first-order driver of the year's total, so the total lands (almost)
    // in its own worst 5%: no more than a few percent of paths reach the unstressed 5th
    // percentile.
    assertTrue(stressed.probabilityMet(0) < 0.05, "" + stressed.probabilityMet(0));
    assertTrue(run(withTarget, Stress.none()).probabilityMet(0) > 0.94);
  }

  @Test
  void unknownIndicator_isNamed() {
    Scenario s = scenario(
        List.of(flowFigure("output", B)),
        List.of(),
        List.of(iid("output", true, 10, 5)),
        List.of(),
        PATHS,
        5);
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class,
        () -> new Stress(List.of(new Stress.Band("outptu", 0, 0.05)))
            .applyTo(s, PlanCompiler.compile(s).plan()));
    assertEquals("outptu is not an indicator of the scenario", e.getMessage());
  }
}
