package dev.zhanwang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.data.History;
import dev.zhanwang.data.HistoryLoader;
import dev.zhanwang.data.HistorySeries;
import dev.zhanwang.model.Calibration;
import dev.zhanwang.model.FittedModel;
import dev.zhanwang.model.GrowthModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelChoiceTest {
  private static final History HISTORY =
      HistoryLoader.load(CalibrateCommandTest.HISTORY, warning -> {});

  private static List<FittedModel> fits(String indicator, GrowthModel... models) {
    List<FittedModel> fits = new ArrayList<>();
    for (GrowthModel model : models) {
      fits.add(Calibration.fit(model, HISTORY, List.of(indicator)).get(indicator));
    }
    return fits;
  }

  @Test
  void aic_iidLognormal_isTheNormalLikelihoodsClosedForm() {
    HistorySeries series = HISTORY.series("synthetic_iid_output").orElseThrow();
    FittedModel fit = fits("synthetic_iid_output", GrowthModel.IID_LOGNORMAL).get(0);
    double[] x = series.annualLevels().logGrowth();
    double mean = 0;
    for (double v : x) {
      mean += v / x.length;
    }
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    int n = x.length;
    // At the maximum, ln L = -n/2 (ln(2 pi sd^2) + 1) with sd^2 = ss / n.
    double expected = 2 * 2 + n * (Math.log(2 * Math.PI * ss / n) + 1);
    assertEquals(expected, ModelChoice.aic(fit, series), 1e-9);
  }

  @Test
  void aic_modelsFittedToOtherData_isNaN() {
    HistorySeries series = HISTORY.series("synthetic_iid_output").orElseThrow();
    for (FittedModel fit :
        fits("synthetic_iid_output", GrowthModel.ETS_TREND, GrowthModel.BOOTSTRAP)) {
      assertTrue(Double.isNaN(ModelChoice.aic(fit, series)), fit.model().label());
    }
  }

  @Test
  void of_factorAndIidLognormal_preferFactorOnlyWhenTheLoadingIsSignificant() {
    // Same one-year forecast, so only the loading decides: 0.87 (s.e. 0.05) against 0.05 (0.19).
    ModelChoice cycle = ModelChoice.of(
        HISTORY,
        "synthetic_auto_cycle_a",
        fits("synthetic_auto_cycle_a", GrowthModel.IID_LOGNORMAL, GrowthModel.FACTOR));
    assertEquals(GrowthModel.FACTOR, cycle.chosen().model());
    assertEquals(cycle.rows().get(0).aic(), cycle.rows().get(1).aic());
    assertTrue(cycle.runnerUp().isEmpty(), "the twin is no runner-up");
    ModelChoice iid = ModelChoice.of(
        HISTORY,
        "synthetic_iid_output",
        fits("synthetic_iid_output", GrowthModel.FACTOR, GrowthModel.IID_LOGNORMAL));
    assertEquals(GrowthModel.IID_LOGNORMAL, iid.chosen().model());
  }

  @Test
  void of_longHistory_ranksByBacktestCrpsWithFactorScoredAsIidLognormal() {
    ModelChoice choice = ModelChoice.of(
        HISTORY,
        "synthetic_shock_land",
        fits(
            "synthetic_shock_land",
            GrowthModel.IID_LOGNORMAL,
            GrowthModel.FACTOR,
            GrowthModel.SPLIT_NORMAL,
            GrowthModel.ETS_TREND));
    assertEquals(ModelChoice.Criterion.BACKTEST, choice.criterion());
    assertEquals(22, choice.origins());
    List<ModelChoice.Row> rows = choice.rows();
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(i + 1, rows.get(i).rank());
      assertTrue(i == 0 || rows.get(i).crps() >= rows.get(i - 1).crps());
    }
    ModelChoice.Row factor =
        rows.stream().filter(r -> r.model() == GrowthModel.FACTOR).findFirst().orElseThrow();
    ModelChoice.Row iid = rows.stream()
        .filter(r -> r.model() == GrowthModel.IID_LOGNORMAL)
        .findFirst()
        .orElseThrow();
    assertEquals(iid.crps(), factor.crps());
    assertEquals(GrowthModel.SPLIT_NORMAL, choice.chosen().model());
    // Clearly ahead: more than 2 paired standard errors.
    ModelChoice.Row next = choice.runnerUp().orElseThrow();
    assertTrue(next.behind() > 2 * next.behindStdError(), next.toString());
    assertFalse(ModelChoice.twins(GrowthModel.FACTOR, GrowthModel.FACTOR));
  }

  @Test
  void of_oneModel_isTheOnlyOneWithoutABacktest() {
    ModelChoice choice = ModelChoice.of(
        HISTORY, "synthetic_iid_output", fits("synthetic_iid_output", GrowthModel.BOOTSTRAP));
    assertEquals(ModelChoice.Criterion.ONLY_ONE, choice.criterion());
    assertEquals(GrowthModel.BOOTSTRAP, choice.chosen().model());
    assertTrue(Double.isNaN(choice.rows().get(0).crps()));
  }
}
