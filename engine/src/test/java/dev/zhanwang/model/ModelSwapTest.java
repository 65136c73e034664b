package dev.zhanwang.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ModelSwapTest {
  private static final double[] SEASONAL = {
    0.07, 0.06, 0.085, 0.08, 0.082, 0.088, 0.078, 0.082, 0.09, 0.088, 0.095, 0.102
  };
  private static final ModelSwap.Defaults DEFAULTS = new ModelSwap.Defaults(-0.2, 5);

  private static IndicatorSpec spec(String id, boolean flow, Model model) {
    return new IndicatorSpec(
        id, flow, 17, OptionalDouble.of(7), SEASONAL, GrowthPath.COMPOUND, "why " + id, model);
  }

  private static final IndicatorSpec AR1_FLOW =
      spec("output", true, new Ar1Monthly(0.7, OptionalDouble.empty()));
  private static final IndicatorSpec IID_FLOW = spec("land", true, new IidLognormal());
  private static final IndicatorSpec IID_RATE = spec("secondary_va", false, new IidLognormal());
  private static final IndicatorSpec SPLIT_FLOW = spec("vehicles", true, new SplitNormalModel(0.3));
  private static final IndicatorSpec T_FLOW = spec("revenue", true, new StudentT(8));
  private static final IndicatorSpec FACTOR_FLOW =
      spec("nev", true, new Factor(Map.of("auto", 0.6)));
  private static final IndicatorSpec SIGMA_ONLY = new IndicatorSpec(
      "funds",
      true,
      4,
      OptionalDouble.empty(),
      SEASONAL,
      GrowthPath.YEAR_OVER_YEAR,
      "",
      new Ar1Monthly(0.5, OptionalDouble.of(0.02)));
  private static final List<IndicatorSpec> ALL =
      List.of(AR1_FLOW, IID_FLOW, IID_RATE, SPLIT_FLOW, T_FLOW, FACTOR_FLOW, SIGMA_ONLY);

  private static ModelSwap.Result swap(GrowthModel model) {
    return new ModelSwap(model, DEFAULTS).applyTo(ALL);
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

  @Test
  void applyTo_iidLognormal_dropsOwnParametersKeepsTheRest() {
    ModelSwap.Result result = swap(GrowthModel.IID_LOGNORMAL);
    for (int i = 0; i < 5; i++) {
      assertKept(ALL.get(i), result.indicators().get(i));
      assertEquals(new IidLognormal(), result.indicators().get(i).model());
    }
    assertSame(FACTOR_FLOW, result.indicators().get(5));
    assertSame(SIGMA_ONLY, result.indicators().get(6));
    assertEquals(
        List.of(
            "iid-lognormal: given only sigma, not uncertainty_pct, these keep ar1-monthly: funds",
            "iid-lognormal: these keep factor, as their correlation with the others comes from their"
                + " loadings: nev"),
        result.notes());
  }

  @Test
  void applyTo_ar1Monthly_flowsOnlyWithDefaultPhiUnlessAlreadyAr1() {
    ModelSwap.Result result = swap(GrowthModel.AR1_MONTHLY);
    Model assumed = new Ar1Monthly(Ar1Monthly.DEFAULT_PHI, OptionalDouble.empty());
    assertSame(AR1_FLOW, result.indicators().get(0)); // its own phi 0.7 stays
    assertKept(IID_FLOW, result.indicators().get(1));
    assertEquals(assumed, result.indicators().get(1).model());
    assertSame(IID_RATE, result.indicators().get(2));
    assertEquals(assumed, result.indicators().get(3).model());
    assertEquals(assumed, result.indicators().get(4).model());
    assertSame(SIGMA_ONLY, result.indicators().get(6));
    assertEquals(
        List.of(
            "ar1-monthly: rate indicators keep their own model, as it applies to flows only:"
                + " secondary_va",
            "ar1-monthly: these keep factor, as their correlation with the others comes from their"
                + " loadings: nev",
            "ar1-monthly: phi 0.5 (assumed) for land, vehicles, revenue"),
        result.notes());
  }

  @Test
  void applyTo_splitNormal_ownSkewElseTheDefault() {
    ModelSwap.Result result = swap(GrowthModel.SPLIT_NORMAL);
    assertEquals(new SplitNormalModel(-0.2), result.indicators().get(0).model());
    assertEquals(new SplitNormalModel(-0.2), result.indicators().get(2).model());
    assertSame(SPLIT_FLOW, result.indicators().get(3)); // skew 0.3 stays
    assertEquals(new SplitNormalModel(-0.2), result.indicators().get(4).model());
    assertKept(AR1_FLOW, result.indicators().get(0));
    assertTrue(
        result
            .notes()
            .contains("split-normal: skew -0.2 (assumed) for output, land, secondary_va, revenue"),
        result.notes().toString());
  }

  @Test
  void applyTo_studentT_ownDfElseTheDefault() {
    ModelSwap.Result result = swap(GrowthModel.STUDENT_T);
    assertEquals(new StudentT(5), result.indicators().get(0).model());
    assertEquals(new StudentT(5), result.indicators().get(3).model());
    assertSame(T_FLOW, result.indicators().get(4)); // df 8 stays
    assertTrue(
        result
            .notes()
            .contains("student-t: df 5 (assumed) for output, land, secondary_va, vehicles"),
        result.notes().toString());
  }

  @Test
  void applyTo_manyIndicators_noteNamesTheFirstFourAndCountsTheRest() {
    List<IndicatorSpec> specs = List.of("a", "b", "c", "d", "e", "f").stream()
        .map(id -> spec(id, true, new IidLognormal()))
        .toList();
    assertEquals(
        List.of("student-t: df 7.5 (assumed) for a, b, c, d and 2 more"),
        new ModelSwap(GrowthModel.STUDENT_T, new ModelSwap.Defaults(0, 7.5))
            .applyTo(specs)
            .notes());
  }

  @Test
  void new_modelsThatCannotBeAssumed_rejectedWithTheAllowedList() {
    for (GrowthModel model :
        List.of(GrowthModel.FACTOR, GrowthModel.ETS_TREND, GrowthModel.BOOTSTRAP)) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> new ModelSwap(model, DEFAULTS));
      assertEquals(
          "must be one of iid-lognormal, ar1-monthly, split-normal, student-t, but was "
              + model.label(),
          e.getMessage());
    }
  }

  @Test
  void defaults_skewOrDfOutOfRange_rejected() {
    assertThrows(IllegalArgumentException.class, () -> new ModelSwap.Defaults(1, 5));
    assertThrows(IllegalArgumentException.class, () -> new ModelSwap.Defaults(Double.NaN, 5));
    assertThrows(IllegalArgumentException.class, () -> new ModelSwap.Defaults(0, 2));
  }
}
