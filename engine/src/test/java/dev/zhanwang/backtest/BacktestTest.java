package dev.zhanwang.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhanwang.data.History;
import dev.zhanwang.data.HistorySeries;
import dev.zhanwang.data.HistorySeries.Frequency;
import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.model.GrowthModel;
import dev.zhanwang.model.SplitNormal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class BacktestTest {
  private static final int INDICATORS = 20;
  /**
   * Fits on fewer years undercover even for the true model (plug-in parameters: for a normal with
   * n years the central 90% interval covers about P(|t_(n-1)| < 1.645 sqrt((n-1)/(n+1))), 81% at
   * n = 8 and 87% at n = 20), so the coverage checks start from 15 years.
   */
  private static final int MIN_YEARS = 15;

  private static final int YEARS = MIN_YEARS + 30; // 30 origins
  private static final List<GrowthModel> MODELS = List.of(
      GrowthModel.IID_LOGNORMAL,
      GrowthModel.SPLIT_NORMAL,
      GrowthModel.STUDENT_T,
      GrowthModel.BOOTSTRAP);

  /** 20 indicators whose annual log-growth is drawn by {@code draw}, levels from 100. */
  private static History history(Function<UniformRandomProvider, DoubleSupplier> draw) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20230203L);
    DoubleSupplier growth = draw.apply(rng);
    List<HistorySeries> series = new ArrayList<>();
    for (int i = 0; i < INDICATORS; i++) {
      double[] levels = new double[YEARS];
      levels[0] = 100;
      for (int t = 1; t < YEARS; t++) {
        levels[t] = levels[t - 1] * Math.exp(growth.getAsDouble());
      }
      series.add(new HistorySeries("x" + i, Frequency.ANNUAL, 1984, levels, ""));
    }
    return new History(Path.of("history.csv"), series);
  }

  private static Backtest.Score all(Backtest backtest, GrowthModel model) {
    return backtest.scores().stream()
        .filter(s -> s.model() == model && s.indicator().equals(Backtest.ALL))
        .findFirst()
        .orElseThrow();
  }

  /**
   * The true model is best by mean CRPS, or behind the best by less than 2 standard errors of the
   * paired difference (the noise of 600 cases; common random numbers make the Monte Carlo part of
   * it small), and its 90% intervals cover 85-95% of the 600 outcomes (binomial s.e. 1.2 points).
   */
  private static void assertTrueModelWins(Backtest backtest, GrowthModel truth) {
    Backtest.Rank rank =
        backtest.ranking().stream().filter(r -> r.model() == truth).findFirst().orElseThrow();
    assertTrue(
        rank.differenceFromBest() <= 2 * rank.stdError(), backtest.ranking().toString());
    Backtest.Score score = all(backtest, truth);
    assertEquals(INDICATORS * 30, score.cases());
    double coverage90 = score.coverage()[2];
    assertTrue(coverage90 >= 0.85 && coverage90 <= 0.95, "90% coverage " + coverage90);
  }

  @Test
  void run_splitNormalHistory_splitNormalBestOrWithinNoise() {
    SplitNormal truth = new SplitNormal(Math.log(1.06), 0.06, -0.6);
    Backtest backtest = Backtest.run(
        history(rng -> {
          ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
          return () -> truth.fromStandardNormal(z.sample());
        }),
        MODELS,
        Map.of(),
        MIN_YEARS,
        4000,
        1);
    assertTrueModelWins(backtest, GrowthModel.SPLIT_NORMAL);
  }

  @Test
  void run_studentTHistory_studentTBestOrWithinNoise() {
    Backtest backtest = Backtest.run(
        history(rng -> {
          ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
          ContinuousSampler chiSquare3 = AhrensDieterMarsagliaTsangGammaSampler.of(rng, 1.5, 2);
          // student-t with df 3, scaled to sd 0.08: sqrt((3 - 2) / 3) T.
          return () ->
              0.07 + 0.08 * Math.sqrt(1.0 / 3) * z.sample() / Math.sqrt(chiSquare3.sample() / 3);
        }),
        MODELS,
        Map.of(),
        MIN_YEARS,
        4000,
        1);
    assertTrueModelWins(backtest, GrowthModel.STUDENT_T);
  }

  @Test
  void run_holtTrendHistory_etsTrendBestOrWithinNoise() {
    // Holt's trend in state-space form on the log level: y = l + b + e, l += b + alpha e,
    // b += alpha beta e, with alpha 0.6, beta 0.3, sd(e) 0.03 and a trend starting at 0.10.
    List<HistorySeries> series = new ArrayList<>();
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20230203L);
    ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
    for (int i = 0; i < INDICATORS; i++) {
      double[] levels = new double[YEARS];
      double level = Math.log(100);
      double trend = 0.10;
      levels[0] = 100;
      for (int t = 1; t < YEARS; t++) {
        double e = 0.03 * z.sample();
        levels[t] = Math.exp(level + trend + e);
        level += trend + 0.6 * e;
        trend += 0.6 * 0.3 * e;
      }
      series.add(new HistorySeries("x" + i, Frequency.ANNUAL, 1984, levels, ""));
    }
    List<GrowthModel> models =
        List.of(GrowthModel.IID_LOGNORMAL, GrowthModel.ETS_TREND, GrowthModel.BOOTSTRAP);
    Backtest backtest = Backtest.run(
        new History(Path.of("history.csv"), series), models, Map.of(), MIN_YEARS, 4000, 1);
    assertEquals(
        GrowthModel.ETS_TREND,
        backtest.ranking().get(0).model(),
        backtest.ranking().toString());
    // The predictive Student-t (variance estimated over n - 4 degrees of freedom) widens the
    // plug-in normal interval, which covered 84.2% here.
    double coverage90 = all(backtest, GrowthModel.ETS_TREND).coverage()[2];
    System.out.printf("ets-trend 90%% coverage %.4f%n", coverage90);
    assertTrue(coverage90 >= 0.85 && coverage90 <= 0.95, "90% coverage " + coverage90);
  }

  @Test
  void run_sameSeed_identicalScores() {
    History history = history(rng -> () -> 0.05 + 0.05 * rng.nextDouble());
    List<GrowthModel> models = List.of(GrowthModel.IID_LOGNORMAL, GrowthModel.BOOTSTRAP);
    Backtest a = Backtest.run(history, models, Map.of("x1", List.of(7.0)), 8, 500, 3);
    Backtest b = Backtest.run(history, models, Map.of("x1", List.of(7.0)), 8, 500, 3);
    assertEquals(a.ranking(), b.ranking());
    Backtest.Score x1 =
        a.scores().stream().filter(s -> s.indicator().equals("x1")).findFirst().orElseThrow();
    assertTrue(x1.brier() >= 0 && x1.brier() <= 1, "brier " + x1.brier());
    assertTrue(Double.isNaN(a.scores().get(0).brier()), "x0 has no target");
  }

  @Test
  void run_tooShortHistory_saysWhy() {
    History brief = new History(
        Path.of("history.csv"),
        List.of(new HistorySeries("x", Frequency.ANNUAL, 2018, new double[] {1, 2, 3, 4, 5}, "")));
    InvalidInputException e = assertThrows(
        InvalidInputException.class, () -> Backtest.run(brief, MODELS, Map.of(), 8, 100, 1));
    assertEquals(
        "history.csv: must have a year with at least 8 years before it that every model"
            + " can be fitted to, but no indicator has that many years",
        e.getMessage());
  }
}
