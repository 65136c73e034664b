package dev.zhanwang.cli;

import dev.zhanwang.backtest.Backtest;
import dev.zhanwang.data.History;
import dev.zhanwang.data.HistorySeries;
import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.model.Estimate;
import dev.zhanwang.model.FittedModel;
import dev.zhanwang.model.GrowthModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which of the models fitted to one indicator's history fits it best, and by what criterion.
 *
 * <p>The criterion is the rolling-origin backtest's mean CRPS of the annual log-growth
 * ({@link Backtest}, with the {@code backtest} command's defaults: origins with at least
 * {@value #MIN_YEARS} years before them, {@value #DRAWS} draws, seed {@value #SEED}), which
 * compares every model on the same out-of-sample years; it is used when the history gives at
 * least {@value #MIN_ORIGINS} origin years. Shorter histories fall back to AIC,
 * {@code 2k - 2 ln L}, with {@code L} the likelihood of the annual log-growth at the fitted
 * parameters (the penalised fits' estimates, the plain likelihood) and {@code k} the number of
 * parameters; only the models fitted to the annual log-growth have comparable likelihoods
 * (iid-lognormal, split-normal, student-t), so ar1-monthly (monthly data), ets-trend (log levels)
 * and bootstrap (no likelihood) stay unranked then.
 *
 * <p>factor forecasts one indicator by its iid-lognormal marginal, so both criteria give it
 * iid-lognormal's score; between the two, factor is preferred when its loading is at least
 * {@value #SIGNIFICANT} standard errors from 0 (the indicators move together, and only factor
 * simulates that), iid-lognormal otherwise.
 *
 * @param series the indicator's history
 * @param criterion what ranked the models
 * @param rows every fitted model: the ranked ones best first, then the unranked ones
 * @param origins the backtest's origin years (0 without a backtest)
 */
record ModelChoice(HistorySeries series, Criterion criterion, List<Row> rows, int origins) {
  static final int MIN_YEARS = 8;
  static final int DRAWS = 4000;
  static final long SEED = 20230203L;
  static final int MIN_ORIGINS = 5;
  static final double SIGNIFICANT = 2;
  /** The models whose likelihood is that of the annual log-growth. */
  /** How the models were ranked. */
  enum Criterion {
    /** One model was fitted: nothing to rank. */
    ONLY_ONE,
    /** Mean CRPS of the rolling-origin backtest. */
    BACKTEST,
    /** AIC of the annual log-growth. */
    AIC,
    /** Too short for a backtest, and no model has a likelihood of the annual log-growth. */
    NONE
  }

  /**
   * One fitted model's scores.
   *
   * @param rank its place by the criterion, from 1; 0 when unranked
   * @param crps the backtest's mean CRPS, NaN without one
   * @param behind how much higher than the best model's that is
   * @param behindStdError the paired standard error of {@code behind}
   * @param aic NaN where the likelihood is not comparable
   */
  record Row(
      FittedModel fit, int rank, double crps, double behind, double behindStdError, double aic) {
    GrowthModel model() {
      return fit.model();
    }
  }

  ModelChoice {
    rows = List.copyOf(rows);
  }

  /** The proposed model: the best ranked, or the first fitted when none is ranked. */
  FittedModel chosen() {
    return rows.get(0).fit();
  }

  /** The best ranked model other than the chosen one and its twin (same score), if any. */
  Optional<Row> runnerUp() {
    return rows.stream()
        .skip(1)
        .filter(r -> r.rank() > 0)
        .filter(r -> !twins(r.model(), chosen().model()))
        .findFirst();
  }

  /** Ranks {@code fits}, all fitted to {@code indicator} of {@code history}. */
  static ModelChoice of(History history, String indicator, List<FittedModel> fits) {
    HistorySeries series = history.series(indicator).orElseThrow();
    if (fits.size() == 1) {
      return new ModelChoice(
          series,
          Criterion.ONLY_ONE,
          List.of(new Row(
              fits.get(0), 1, Double.NaN, Double.NaN, Double.NaN, aic(fits.get(0), series))),
          0);
    }
    Optional<Backtest> backtest = backtest(history, series, fits);
    List<Row> rows = new ArrayList<>();
    for (FittedModel fit : fits) {
      double aic = aic(fit, series);
      Optional<Backtest.Rank> rank = backtest.flatMap(b ->
          b.ranking().stream().filter(r -> r.model() == scoredAs(fit.model())).findFirst());
      rows.add(new Row(
          fit,
          0,
          rank.map(Backtest.Rank::crps).orElse(Double.NaN),
          rank.map(Backtest.Rank::differenceFromBest).orElse(Double.NaN),
          rank.map(Backtest.Rank::stdError).orElse(Double.NaN),
          aic));
    }
    Criterion criterion = backtest.isPresent()
        ? Criterion.BACKTEST
        : rows.stream().anyMatch(r -> !Double.isNaN(r.aic())) ? Criterion.AIC : Criterion.NONE;
    Comparator<Row> score = switch (criterion) {
      case BACKTEST -> Comparator.comparingDouble(Row::crps);
      case AIC -> Comparator.comparingDouble(Row::aic);
      default -> (a, b) -> 0;
    };
    List<Row> ranked = rows.stream()
        .filter(r ->
            criterion == Criterion.BACKTEST || criterion == Criterion.AIC && !Double.isNaN(r.aic()))
        .sorted(score.thenComparing(r -> twinOrder(r.fit(), fits)))
        .toList();
    List<Row> ordered = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      Row r = ranked.get(i);
      ordered.add(new Row(r.fit(), i + 1, r.crps(), r.behind(), r.behindStdError(), r.aic()));
    }
    rows.stream().filter(r -> ranked.stream().noneMatch(x -> x == r)).forEach(ordered::add);
    return new ModelChoice(
        series,
        criterion,
        ordered,
        backtest
            .map(b -> b.scores().stream()
                .filter(s -> s.indicator().equals(Backtest.ALL))
                .findFirst()
                .orElseThrow()
                .cases())
            .orElse(0));
  }

  /**
   * The backtest of the distinct forecasts among {@code fits} on this indicator alone (the
   * figures {@code forecast backtest --indicators} prints), or empty when it would score fewer
   * than {@link #MIN_ORIGINS} origin years.
   */
  private static Optional<Backtest> backtest(
      History history, HistorySeries series, List<FittedModel> fits) {
    Set<GrowthModel> models = new LinkedHashSet<>();
    fits.forEach(fit -> models.add(scoredAs(fit.model())));
    if (models.size() < 2 || series.annualLevels().levels().length - MIN_YEARS < MIN_ORIGINS) {
      return Optional.empty();
    }
    try {
      Backtest backtest = Backtest.run(
          new History(history.file(), List.of(series)),
          List.copyOf(models),
          Map.of(),
          MIN_YEARS,
          DRAWS,
          SEED);
      int cases = backtest.scores().stream()
          .filter(s -> s.indicator().equals(Backtest.ALL))
          .findFirst()
          .orElseThrow()
          .cases();
      return cases >= MIN_ORIGINS ? Optional.of(backtest) : Optional.empty();
    } catch (InvalidInputException e) {
      // No origin year every model can be fitted at: AIC decides.
      return Optional.empty();
    }
  }

  /** The model whose forecast of one indicator a model's is. */
  private static GrowthModel scoredAs(GrowthModel model) {
    return model == GrowthModel.FACTOR ? GrowthModel.IID_LOGNORMAL : model;
  }

  /** Whether two models forecast one indicator alike, so that every criterion ties them. */
  static boolean twins(GrowthModel a, GrowthModel b) {
    return a != b && scoredAs(a) == scoredAs(b);
  }

  /**
   * Between twins, factor first when its loading is significant, else iid-lognormal; others keep
   * the order they were fitted in.
   */
  private static int twinOrder(FittedModel fit, List<FittedModel> fits) {
    boolean hasTwin = fits.stream().anyMatch(other -> twins(fit.model(), other.model()));
    if (!hasTwin) {
      return fits.indexOf(fit);
    }
    FittedModel factor = fit.model() == GrowthModel.FACTOR
        ? fit
        : fits.stream().filter(f -> f.model() == GrowthModel.FACTOR).findFirst().orElseThrow();
    boolean factorFirst = loadingIsSignificant(factor);
    return (fit.model() == GrowthModel.FACTOR) == factorFirst ? -2 : -1;
  }

  /** Whether a factor fit's loading is at least {@link #SIGNIFICANT} standard errors from 0. */
  static boolean loadingIsSignificant(FittedModel factor) {
    Estimate loading = estimate(factor, "loading");
    return Math.abs(loading.value()) >= SIGNIFICANT * loading.stdError();
  }

  /** The fit's AIC of the indicator's annual log-growth, NaN where AIC cannot compare it. */
  static double aic(FittedModel fit, HistorySeries series) {
    return fit.aic(series.annualLevels().logGrowth());
  }

  static Estimate estimate(FittedModel fit, String name) {
    return fit.estimates().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(fit.model().label() + " has no " + name));
  }
}
