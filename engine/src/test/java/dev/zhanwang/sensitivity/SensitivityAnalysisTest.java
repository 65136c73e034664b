package dev.zhanwang.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.scenario.Correlation;
import dev.zhanwang.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A scenario where only the growth and uncertainty of {@code a} can move {@code a}'s target:
 * {@code b} is correlated with {@code a} (0.8) and has a target of its own, so one-at-a-time
 * swings must put {@code a} on top with its closed-form swing and {@code b} at exactly zero,
 * while the global measure sees {@code b} through the correlation.
 */
class SensitivityAnalysisTest {
  private static final int PATHS = 40_000;
  private static final double RHO = 0.8;
  private static final double TARGET_A = 112;

  private static SensitivityAnalysis analyse() {
    Scenario scenario = Scenarios.of(
        List.of(new Scenarios.Flow("a", 10, 10, TARGET_A), new Scenarios.Flow("b", 5, 8, 104)),
        new Correlation(List.of("a", "b"), new double[][] {{1, RHO}, {RHO, 1}}, ""),
        PATHS,
        11);
    return SensitivityAnalysis.of(scenario, null, run -> {});
  }

  @Test
  void tornado_onlyOneIndicatorMatters_putsItsGrowthOnTopWithTheClosedFormSwing() {
    SensitivityAnalysis analysis = analyse();
    assertEquals(1 + 2 * 4, analysis.runs());
    Tornado tornado = analysis.tornadoes().get(0);
    assertEquals("a_target level", tornado.check().label());
    Tornado.Bar top = tornado.bars().get(0);
    assertEquals("a.growth_pct", top.assumption().label());
    // The range is a's own 10%-90% growth band: 1.1 exp(-+1.2816 x 0.1) - 1.
    assertEquals(100 * (1.1 * Math.exp(-1.2816 * 0.1) - 1), top.assumption().low(), 0.3);
    assertEquals(100 * (1.1 * Math.exp(1.2816 * 0.1) - 1), top.assumption().high(), 0.3);
    double closedForm = Scenarios.probabilityMet(top.assumption().high(), 10, TARGET_A)
        - Scenarios.probabilityMet(top.assumption().low(), 10, TARGET_A);
    System.out.printf(
        "tornado top %s: swing %.4f, closed form %.4f, paired s.e. %.4f%n",
        top.assumption().label(), top.swing(), closedForm, top.swingStdError());
    assertEquals(closedForm, top.swing(), 4 * top.swingStdError());
    assertTrue(top.swingStdError() > 0 && top.swingStdError() < 0.005, "" + top.swingStdError());

    Tornado.Bar second = tornado.bars().get(1);
    assertEquals("a.uncertainty_pct", second.assumption().label());
    double uncertaintySwing =
        Scenarios.probabilityMet(10, 15, TARGET_A) - Scenarios.probabilityMet(10, 5, TARGET_A);
    assertEquals(uncertaintySwing, second.swing(), 4 * second.swingStdError());

    for (Tornado.Bar bar : tornado.bars().subList(2, 4)) {
      assertTrue(bar.assumption().indicator().equals("b"), bar.assumption().label());
      assertEquals(0.0, bar.swing(), "common random numbers: b cannot move a's target");
      assertFalse(bar.feeds());
    }
  }

  @Test
  void globalMeasure_correlatedIndicator_hasTheBivariateNormalRankCorrelation() {
    GlobalMeasure global = analyse().global().get(0);
    GlobalMeasure.Row a = global.rows().get(0);
    GlobalMeasure.Row b = global.rows().get(1);
    assertEquals("a", a.indicator());
    assertEquals(1.0, a.rankCorrelation(), 1e-4, "a's outcome rises with its own shock");
    assertEquals("b", b.indicator());
    // Spearman's rho of a bivariate normal: (6 / pi) asin(rho / 2).
    assertEquals(6 / Math.PI * Math.asin(RHO / 2), b.rankCorrelation(), 0.01);
    // a's shock in its bottom fifth: the target (at a's 57th percentile) is never met there.
    assertEquals(0.0, a.probabilityBottomFifth());
    assertEquals(1.0, a.probabilityTopFifth());
    assertTrue(b.binnedChange() > 0.3 && b.binnedChange() < 1, "" + b.binnedChange());
  }
}
