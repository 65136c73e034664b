package dev.zhanwang.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.comparison.ModelComparison.ModelRun;
import dev.zhanwang.data.Target;
import dev.zhanwang.forecast.Criterion;
import dev.zhanwang.forecast.Distribution;
import dev.zhanwang.forecast.TargetOutcome;
import dev.zhanwang.model.GrowthModel;
import dev.zhanwang.sim.Histogram;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ModelComparisonTest {
  private static final Target GDP = new Target(
      "gdp_growth",
      "gdp",
      "地区生产总值增速",
      "GDP growth",
      "%",
      OptionalDouble.empty(),
      OptionalDouble.of(8),
      "district",
      "增长8%");
  private static final Target LAND = new Target(
      "land_supply",
      "land",
      "供地",
      "Land supplied",
      "亩",
      OptionalDouble.of(6000),
      OptionalDouble.empty(),
      "district",
      "供地6000亩");

  private static TargetOutcome outcome(Target target, Criterion criterion, double p) {
    Distribution normal = new Distribution(
        1, 1, new double[] {0.5}, new double[] {1}, new Histogram(new double[] {0, 2}, new long[] {
          10
        }));
    return new TargetOutcome(
        target, criterion, "%", 0, 1, normal, p, Math.sqrt(p * (1 - p) / 10_000), 0);
  }

  private static ModelRun run(GrowthModel model, double gdp, double land, double all) {
    return new ModelRun(
        model,
        List.of(outcome(GDP, Criterion.GROWTH, gdp), outcome(LAND, Criterion.LEVEL, land)),
        all,
        0.001,
        List.of(),
        List.of());
  }

  private static ModelComparison comparison(ModelRun... runs) {
    return new ModelComparison("base", "", 2023, 10_000, 1, List.of(runs));
  }

  @Test
  void spread_threeModels_maxMinusMinPerCheckAndWidestMarked() {
    ModelComparison c = comparison(
        run(GrowthModel.IID_LOGNORMAL, 0.34, 0.72, 0.02),
        run(GrowthModel.SPLIT_NORMAL, 0.21, 0.62, 0.01),
        run(GrowthModel.STUDENT_T, 0.32, 0.76, 0.03));
    assertEquals(0.13, c.spread(0), 1e-12);
    assertEquals(0.14, c.spread(1), 1e-12);
    assertEquals(0.02, c.spreadAllMet(), 1e-12);
    assertEquals(1, c.widestSpread());
    assertEquals(
        List.of(GrowthModel.IID_LOGNORMAL, GrowthModel.SPLIT_NORMAL, GrowthModel.STUDENT_T),
        c.models());
  }

  /** Paths 0..n-1 met when below {@code share * n}: the runs' met sets are nested. */
  private static BitSet firstPaths(double share, int n) {
    BitSet met = new BitSet();
    met.set(0, (int) Math.round(share * n));
    return met;
  }

  private static ModelRun keptRun(GrowthModel model, double gdp, double land, double all) {
    int n = 10_000;
    return new ModelRun(
        model,
        List.of(outcome(GDP, Criterion.GROWTH, gdp), outcome(LAND, Criterion.LEVEL, land)),
        all,
        0.001,
        List.of(firstPaths(gdp, n), firstPaths(land, n), firstPaths(all, n)),
        List.of());
  }

  @Test
  void spreadStdError_nestedMetPaths_pairsHighestWithLowestByClosedForm() {
    ModelComparison c = comparison(
        keptRun(GrowthModel.IID_LOGNORMAL, 0.34, 0.72, 0.02),
        keptRun(GrowthModel.SPLIT_NORMAL, 0.21, 0.62, 0.01),
        keptRun(GrowthModel.STUDENT_T, 0.32, 0.76, 0.03));
    // Nested: both met on the lower share, so Var(d) = (d - d^2) / n with d the spread.
    assertEquals(Math.sqrt((0.13 - 0.13 * 0.13) / 10_000), c.spreadStdError(0), 1e-12);
    assertEquals(Math.sqrt((0.14 - 0.14 * 0.14) / 10_000), c.spreadStdError(1), 1e-12);
    assertEquals(Math.sqrt((0.02 - 0.02 * 0.02) / 10_000), c.spreadAllMetStdError(), 1e-12);
  }

  @Test
  void spreadStdError_runsWithoutMetPaths_unknown() {
    ModelComparison c = comparison(
        run(GrowthModel.IID_LOGNORMAL, 0.34, 0.72, 0.02),
        run(GrowthModel.SPLIT_NORMAL, 0.21, 0.62, 0.01));
    assertTrue(Double.isNaN(c.spreadStdError(0)));
    assertTrue(Double.isNaN(c.spreadAllMetStdError()));
  }

  @Test
  void new_metPathsNotOnePerCheckPlusAll_rejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ModelRun(
            GrowthModel.STUDENT_T,
            List.of(outcome(GDP, Criterion.GROWTH, 0.3)),
            0.01,
            0.001,
            List.of(new BitSet()),
            List.of()));
  }

  @Test
  void spread_oneModel_zero() {
    ModelComparison c = comparison(run(GrowthModel.IID_LOGNORMAL, 0.34, 0.72, 0.02));
    assertEquals(0.0, c.spread(0));
    assertEquals(0, c.widestSpread());
  }

  @Test
  void new_runsWithOtherTargetChecks_rejectedNamingBoth() {
    ModelRun fewer = new ModelRun(
        GrowthModel.STUDENT_T,
        List.of(outcome(GDP, Criterion.GROWTH, 0.3)),
        0.01,
        0.001,
        List.of(),
        List.of());
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class,
        () -> comparison(run(GrowthModel.IID_LOGNORMAL, 0.34, 0.72, 0.02), fewer));
    assertEquals(
        "student-t has target checks [gdp_growth/growth], but iid-lognormal has"
            + " [gdp_growth/growth, land_supply/level]",
        e.getMessage());
  }

  @Test
  void new_noRunOrAModelTwice_rejected() {
    assertThrows(IllegalArgumentException.class, () -> comparison());
    assertThrows(
        IllegalArgumentException.class,
        () -> comparison(
            run(GrowthModel.IID_LOGNORMAL, 0.3, 0.7, 0),
            run(GrowthModel.IID_LOGNORMAL, 0.3, 0.7, 0)));
    List<ModelRun> runs = new ArrayList<>();
    assertThrows(
        IllegalArgumentException.class, () -> new ModelComparison("base", "", 2023, 1, 1, runs));
  }
}
