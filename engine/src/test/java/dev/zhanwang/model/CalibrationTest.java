package dev.zhanwang.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.data.History;
import dev.zhanwang.data.HistorySeries;
import dev.zhanwang.data.HistorySeries.Frequency;
import dev.zhanwang.input.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** Fits to 30 years (or 30 x 12 months) simulated from each variant recover the truth. */
class CalibrationTest {
  private static final Path FILE = Path.of("history.csv");
  private static final int YEARS = 30;

  private static UniformRandomProvider rng() {
    return RandomSource.XO_RO_SHI_RO_128_PP.create(20230203L);
  }

  private static FittedModel fitOne(GrowthModel model, HistorySeries series) {
    return Calibration.fit(model, new History(FILE, List.of(series)), List.of("x"))
        .get("x");
  }

  /** Every named parameter lies within 2 standard errors of its true value. */
  private static void assertRecovers(FittedModel fit, Map<String, Double> truth) {
    for (Estimate e : fit.estimates()) {
      Double value = truth.get(e.name());
      if (value != null) {
        assertTrue(e.stdError() > 0, e.toString());
        assertTrue(
            Math.abs(e.value() - value) <= 2 * e.stdError(),
            fit.model().label() + " " + e + " vs truth " + value);
      }
    }
  }

  @Test
  void fit_iidLognormal_recoversGrowthAndUncertainty() {
    HistorySeries x = SyntheticHistory.annual(
        "x", 1993, SyntheticHistory.iid(rng(), YEARS, Math.log(1.08), 0.05), "");
    assertRecovers(
        fitOne(GrowthModel.IID_LOGNORMAL, x), Map.of("growth_pct", 8.0, "uncertainty_pct", 5.0));
  }

  @Test
  void fit_splitNormal_recoversModeSdAndSkew() {
    HistorySeries x = SyntheticHistory.annual(
        "x",
        1993,
        SyntheticHistory.split(rng(), YEARS, new SplitNormal(Math.log(1.06), 0.06, -0.5)),
        "");
    assertRecovers(
        fitOne(GrowthModel.SPLIT_NORMAL, x),
        Map.of("growth_pct", 6.0, "uncertainty_pct", 6.0, "skew", -0.5));
  }

  @Test
  void fit_studentT_recoversLocationScaleAndDegreesOfFreedom() {
    HistorySeries x = SyntheticHistory.annual(
        "x", 1993, SyntheticHistory.studentT(rng(), YEARS, Math.log(1.07), 0.08, 4), "");
    assertRecovers(
        fitOne(GrowthModel.STUDENT_T, x),
        Map.of("growth_pct", 7.0, "uncertainty_pct", 8.0, "df", 4.0));
  }

  @Test
  void fit_etsTrend_recoversSmoothingAndErrorSd() {
    HistorySeries x = new HistorySeries(
        "x",
        Frequency.ANNUAL,
        1993,
        SyntheticHistory.holtLevels(rng(), YEARS + 1, 0.6, 0.3, 0.10, 0.03),
        "");
    assertRecovers(
        fitOne(GrowthModel.ETS_TREND, x),
        Map.of("uncertainty_pct", 3.0, "alpha", 0.6, "beta", 0.3));
  }

  @Test
  void fit_bootstrap_recoversMeanGrowth() {
    HistorySeries x = SyntheticHistory.annual(
        "x", 1993, SyntheticHistory.iid(rng(), YEARS, Math.log(1.08), 0.05), "");
    FittedModel fit = fitOne(GrowthModel.BOOTSTRAP, x);
    assertRecovers(fit, Map.of("growth_pct", 8.0, "uncertainty_pct", 5.0));
    assertEquals(3.0, fit.estimates().get(2).value()); // round(30^(1/3))
  }

  @Test
  void fit_ar1Monthly_recoversGrowthSigmaAndPhi() {
    double[] seasonal = {0.07, 0.06, 0.08, 0.08, 0.08, 0.09, 0.08, 0.08, 0.09, 0.09, 0.1, 0.1};
    HistorySeries x = new HistorySeries(
        "x",
        Frequency.MONTHLY,
        HistorySeries.monthIndex(1993, 1),
        SyntheticHistory.ar1Monthly(rng(), YEARS, Math.log(1.06) / 12, 0.5, 0.02, seasonal),
        "");
    assertRecovers(
        fitOne(GrowthModel.AR1_MONTHLY, x), Map.of("growth_pct", 6.0, "sigma", 0.02, "phi", 0.5));
  }

  /**
   * Five loadings per fit make a single seed a coin flip (about 10% of 30-year samples put a given
   * loading more than 2 Wald standard errors away, so some loading of the five misses in about
   * 40%), so this checks the rate over 100 fixed seeds: each loading within 2 s.e. in at least
   * 80 of them (nominal 95; Wald errors are a little optimistic on 30 years).
   */
  @Test
  void fit_factor_recoversLoadingsWithinTwoStandardErrorsMostOfTheTime() {
    double[] loadings = {0.9, 0.8, 0.7, 0.6, 0.3};
    int[] covered = new int[loadings.length];
    for (long seed = 1; seed <= 100; seed++) {
      double[][] x = SyntheticHistory.factor(
          RandomSource.XO_RO_SHI_RO_128_PP.create(seed), YEARS, loadings, Math.log(1.05), 0.07);
      List<HistorySeries> series = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < x.length; i++) {
        ids.add("x" + i);
        series.add(SyntheticHistory.annual("x" + i, 1993, x[i], ""));
      }
      Map<String, FittedModel> fits =
          Calibration.fit(GrowthModel.FACTOR, new History(FILE, series), ids);
      for (int i = 0; i < x.length; i++) {
        Estimate loading = fits.get("x" + i).estimates().get(2);
        covered[i] += Math.abs(loading.value() - loadings[i]) <= 2 * loading.stdError() ? 1 : 0;
      }
    }
    for (int i = 0; i < loadings.length; i++) {
      assertTrue(covered[i] >= 80, "loading " + loadings[i] + " covered " + covered[i] + "/100");
    }
  }

  @Test
  void fit_unsupportedHistory_namesIndicatorAndRule() {
    HistorySeries annual = SyntheticHistory.annual("x", 2019, new double[] {0.1, 0.1}, "");
    History history = new History(FILE, List.of(annual));
    InvalidInputException ar1 = assertThrows(
        InvalidInputException.class,
        () -> Calibration.fit(GrowthModel.AR1_MONTHLY, history, List.of("x")));
    assertEquals(
        "history.csv x: must be monthly (YYYY-MM) for ar1-monthly, but was annual",
        ar1.getMessage());
    InvalidInputException t = assertThrows(
        InvalidInputException.class,
        () -> Calibration.fit(GrowthModel.STUDENT_T, history, List.of("x")));
    assertEquals(
        "history.csv x: must have at least 6 years of annual growth for student-t, but had 2",
        t.getMessage());
    History steady = new History(
        FILE,
        List.of(new HistorySeries(
            "x",
            Frequency.ANNUAL,
            2010,
            new double[] {100, 110, 121, 133.1, 146.41, 161.051, 177.1561},
            "")));
    InvalidInputException constant = assertThrows(
        InvalidInputException.class,
        () -> Calibration.fit(GrowthModel.SPLIT_NORMAL, steady, List.of("x")));
    assertEquals(
        "history.csv x: must have annual growth that varies for split-normal, but every"
            + " year's growth was 10.000%",
        constant.getMessage());
    InvalidInputException factor = assertThrows(
        InvalidInputException.class,
        () -> Calibration.fit(GrowthModel.FACTOR, history, List.of("x")));
    assertEquals(
        "history.csv x: must be one of at least 3 indicators for factor, but the history"
            + " has 1",
        factor.getMessage());
  }
}
