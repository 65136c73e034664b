package dev.zhanwang.comparison;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.model.GrowthModel;
import dev.zhanwang.model.GrowthPath;
import dev.zhanwang.scenario.IndicatorSpec;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ModelSwapTest {
  private static final double[] SEASONAL = {0.07, 0.06, 0.085, 0.08, 0.082, 0.088, 0.078, 0.082,
      0.09, 0.088, 0.095, 0.102};

  private static IndicatorSpec spec(String id, boolean flow, GrowthModel model, double phi,
      double skew, double df, Map<String, Double> loadings) {
    return new IndicatorSpec(id, flow, model, 17, OptionalDouble.of(7), OptionalDouble.empty(),
        phi, SEASONAL, skew, GrowthPath.COMPOUND, "why " + id, df, loadings);
  }

  private static final IndicatorSpec AR1_FLOW =
      spec("output", true, GrowthModel.AR1_MONTHLY, 0.7, 0, 0, Map.of());
  private static final IndicatorSpec IID_FLOW =
      spec("land", true, GrowthModel.IID_LOGNORMAL, 0, 0, 0, Map.of());
  private static final IndicatorSpec IID_RATE =
      spec("secondary_va", false, GrowthModel.IID_LOGNORMAL, 0, 0, 0, Map.of());
  private static final IndicatorSpec SPLIT_FLOW =
      spec("vehicles", true, GrowthModel.SPLIT_NORMAL, 0, 0.3, 0, Map.of());
  private static final IndicatorSpec T_FLOW =
      spec("revenue", true, GrowthModel.STUDENT_T, 0, 0, 8, Map.of());
  private static final IndicatorSpec FACTOR_FLOW =
      spec("nev", true, GrowthModel.FACTOR, 0, 0, 0, Map.of("auto", 0.6));
  private static final IndicatorSpec SIGMA_ONLY = new IndicatorSpec("funds", true,
      GrowthModel.AR1_MONTHLY, 4, OptionalDouble.empty(), OptionalDouble.of(0.02), 0.5,
      SEASONAL, 0, GrowthPath.YEAR_OVER_YEAR, "", 0, Map.of());
  private static final List<IndicatorSpec> ALL =
      List.of(AR1_FLOW, IID_FLOW, IID_RATE, SPLIT_FLOW, T_FLOW, FACTOR_FLOW, SIGMA_ONLY);

  private static ModelSwap.Result swap(GrowthModel model) {
    return new ModelSwap(model, -0.2, 5).applyTo(ALL);
  }

  /** What every swap keeps: id, flow, growth, uncertainty, seasonality, growth path, assumption. */
  private static void assertKept(IndicatorSpec before, IndicatorSpec after) {
    assertEquals(before.id(), after.id());
    assertEquals(before.flow(), after.flow());
    assertEquals(before.growthPct(), after.growthPct());
    assertEquals(before.uncertaintyPct(), after.uncertaintyPct());
    assertArrayEquals(before.seasonality(), after.seasonality());
    assertEquals(before.growthPath(), after.growthPath());
    assertEquals(before.assumption(), after.assumption());
  }

  private static void assertParameters(IndicatorSpec spec, GrowthModel model, double phi,
      double skew, double df) {
    assertEquals(model, spec.model(), spec.id());
    assertEquals(phi, spec.phi(), spec.id());
    assertEquals(skew, spec.skew(), spec.id());
    assertEquals(df, spec.degreesOfFreedom(), spec.id());
    assertEquals(Map.of(), spec.loadings(), spec.id());
    assertTrue(spec.sigma().isEmpty(), spec.id());
  }

  @Test
  void applyTo_iidLognormal_dropsPhiSkewAndDfKeepsTheRest() {
    ModelSwap.Result result = swap(GrowthModel.IID_LOGNORMAL);
    for (int i = 0; i < 5; i++) {
      assertKept(ALL.get(i), result.indicators().get(i));
      assertParameters(result.indicators().get(i), GrowthModel.IID_LOGNORMAL, 0, 0, 0);
    }
    assertSame(FACTOR_FLOW, result.indicators().get(5));
    assertSame(SIGMA_ONLY, result.indicators().get(6));
    assertEquals(List.of(
        "iid-lognormal: given only sigma, not uncertainty_pct, these keep ar1-monthly: funds",
        "iid-lognormal: these keep factor, as their correlation with the others comes from their"
            + " loadings: nev"), result.notes());
  }

  @Test
  void applyTo_ar1Monthly_flowsOnlyWithDefaultPhiUnlessAlreadyAr1() {
    ModelSwap.Result result = swap(GrowthModel.AR1_MONTHLY);
    assertSame(AR1_FLOW, result.indicators().get(0)); // its own phi 0.7 stays
    assertKept(IID_FLOW, result.indicators().get(1));
    assertParameters(result.indicators().get(1), GrowthModel.AR1_MONTHLY, 0.5, 0, 0);
    assertSame(IID_RATE, result.indicators().get(2));
    assertParameters(result.indicators().get(3), GrowthModel.AR1_MONTHLY, 0.5, 0, 0);
    assertParameters(result.indicators().get(4), GrowthModel.AR1_MONTHLY, 0.5, 0, 0);
    assertSame(SIGMA_ONLY, result.indicators().get(6));
    assertEquals(List.of(
        "ar1-monthly: rate indicators keep their own model, as it applies to flows only:"
            + " secondary_va",
        "ar1-monthly: these keep factor, as their correlation with the others comes from their"
            + " loadings: nev",
        "ar1-monthly: phi 0.5 (the scenario default) for land, vehicles, revenue"),
        result.notes());
  }

  @Test
  void applyTo_splitNormal_ownSkewElseTheOption() {
    ModelSwap.Result result = swap(GrowthModel.SPLIT_NORMAL);
    assertParameters(result.indicators().get(0), GrowthModel.SPLIT_NORMAL, 0, -0.2, 0);
    assertParameters(result.indicators().get(2), GrowthModel.SPLIT_NORMAL, 0, -0.2, 0);
    assertSame(SPLIT_FLOW, result.indicators().get(3)); // skew 0.3 stays
    assertParameters(result.indicators().get(4), GrowthModel.SPLIT_NORMAL, 0, -0.2, 0);
    assertKept(AR1_FLOW, result.indicators().get(0));
    assertTrue(result.notes().contains(
        "split-normal: skew -0.2 (--skew) for output, land, secondary_va, revenue"),
        result.notes().toString());
  }

  @Test
  void applyTo_studentT_ownDfElseTheOption() {
    ModelSwap.Result result = swap(GrowthModel.STUDENT_T);
    assertParameters(result.indicators().get(0), GrowthModel.STUDENT_T, 0, 0, 5);
    assertParameters(result.indicators().get(3), GrowthModel.STUDENT_T, 0, 0, 5);
    assertSame(T_FLOW, result.indicators().get(4)); // df 8 stays
    assertTrue(result.notes().contains(
        "student-t: df 5 (--df) for output, land, secondary_va, vehicles"),
        result.notes().toString());
  }

  @Test
  void applyTo_manyIndicators_noteNamesTheFirstFourAndCountsTheRest() {
    List<IndicatorSpec> specs = List.of("a", "b", "c", "d", "e", "f").stream()
        .map(id -> spec(id, true, GrowthModel.IID_LOGNORMAL, 0, 0, 0, Map.of())).toList();
    assertEquals(List.of("student-t: df 7.5 (--df) for a, b, c, d and 2 more"),
        new ModelSwap(GrowthModel.STUDENT_T, 0, 7.5).applyTo(specs).notes());
  }

  @Test
  void new_modelsThatCannotBeSwappedIn_rejectedWithTheAllowedList() {
    for (GrowthModel model : List.of(GrowthModel.FACTOR, GrowthModel.PROJECT_EVENTS,
        GrowthModel.ETS_TREND, GrowthModel.BOOTSTRAP)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new ModelSwap(model, 0, 5));
      assertEquals("must be one of iid-lognormal, ar1-monthly, split-normal, student-t, but was "
          + model.label(), e.getMessage());
    }
  }

  @Test
  void new_skewOrDfOutOfRange_rejected() {
    assertThrows(IllegalArgumentException.class,
        () -> new ModelSwap(GrowthModel.SPLIT_NORMAL, 1, 5));
    assertThrows(IllegalArgumentException.class,
        () -> new ModelSwap(GrowthModel.SPLIT_NORMAL, Double.NaN, 5));
    assertThrows(IllegalArgumentException.class,
        () -> new ModelSwap(GrowthModel.STUDENT_T, 0, 2));
  }
}
