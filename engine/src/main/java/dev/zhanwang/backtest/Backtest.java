package dev.zhanwang.backtest;

import dev.zhanwang.data.History;
import dev.zhanwang.data.HistorySeries;
import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Problem;
import dev.zhanwang.model.Calibration;
import dev.zhanwang.model.FittedModel;
import dev.zhanwang.model.GrowthModel;
import dev.zhanwang.sim.Simulator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Rolling-origin evaluation of growth-model variants on a history. For every year {@code y} and
 * every indicator with an annual level in {@code y} and at least {@code minYears} annual levels
 * before it, each model is fitted to the history up to {@code y - 1} and its sample of {@code y}'s
 * annual log-growth {@code G} is scored against the outcome {@code ln(L[y] / L[y-1])}
 * ({@link ForecastScores}). All models draw from the same random stream per year and indicator
 * (common random numbers), derived from the seed alone, so differences between models are not
 * Monte Carlo noise and reruns are identical.
 *
 * <p>An origin year is scored only if every model can be fitted to every indicator then (the
 * models are compared on the same cases); the others are listed in {@code skipped}.
 *
 * @param scores mean scores per model and indicator, then per model over all indicators
 *     ({@link #ALL}), models in the order given
 * @param ranking models by mean CRPS over all cases, best first
 * @param skipped origin years left out, each with the first reason
 */
public record Backtest(List<Score> scores, List<Rank> ranking, List<String> skipped) {
  /** The indicator name of the rows over all indicators. */
  public static final String ALL = "all";

  /**
   * A model's mean scores over {@code cases} (indicator, year) pairs.
   *
   * @param crps mean CRPS of the log-growth
   * @param pinball mean pinball loss at each of {@link Simulator#LEVELS}, the levels the reports show
   * @param coverage share of outcomes inside each central interval of
   *     {@link ForecastScores#CENTRAL}
   * @param mape mean absolute percentage error of the median growth factor {@code exp(Q(0.5))}
   *     against {@code L[y] / L[y-1]}, in percent
   * @param brier mean Brier score of "growth reached the target's growth_pct", NaN without targets
   */
  public record Score(
      GrowthModel model,
      String indicator,
      int cases,
      double crps,
      double[] pinball,
      double[] coverage,
      double mape,
      double brier) {
    public Score {
      pinball = pinball.clone();
      coverage = coverage.clone();
    }

    @Override
    public double[] pinball() {
      return pinball.clone();
    }

    @Override
    public double[] coverage() {
      return coverage.clone();
    }
  }

  /**
   * A model's place: its mean CRPS, how much worse than the best that is, and the standard error
   * of that difference ({@code sd(d) / sqrt(N)} over the {@code N} paired cases), which says
   * whether the gap is more than noise.
   */
  public record Rank(GrowthModel model, double crps, double differenceFromBest, double stdError) {}

  /** The scores of one model on one (indicator, year). */
  private record Case(
      int indicator, double crps, double[] pinball, boolean[] covered, double ape, double brier) {}

  public Backtest {
    scores = List.copyOf(scores);
    ranking = List.copyOf(ranking);
    skipped = List.copyOf(skipped);
  }

  /**
   * Runs the backtest.
   *
   * @param targetGrowthPct per indicator, growth targets (percent) whose "met" events get Brier
   *     scores; indicators without targets get none
   * @throws InvalidInputException if no year can be scored, saying why for the last one tried
   */
  public static Backtest run(
      History history,
      List<GrowthModel> models,
      Map<String, List<Double>> targetGrowthPct,
      int minYears,
      int draws,
      long seed) {
    List<HistorySeries> all = history.series();
    List<List<Case>> cases = new ArrayList<>();
    models.forEach(m -> cases.add(new ArrayList<>()));
    List<String> skipped = new ArrayList<>();
    int first = all.stream().mapToInt(s -> s.annualLevels().firstYear()).min().orElseThrow();
    int last = all.stream().mapToInt(s -> s.annualLevels().lastYear()).max().orElseThrow();
    for (int year = first + minYears; year <= last; year++) {
      List<HistorySeries> eligible = eligible(all, year, minYears);
      if (eligible.isEmpty()) {
        continue;
      }
      int before = year - 1;
      History known = new History(
          history.file(), eligible.stream().map(s -> s.until(before)).toList());
      Optional<String> problem = firstProblem(models, known);
      if (problem.isPresent()) {
        skipped.add(year + ": " + problem.get());
        continue;
      }
      List<Map<String, FittedModel>> fits = new ArrayList<>();
      for (GrowthModel model : models) {
        fits.add(Calibration.fit(model, known, known.indicators()));
      }
      for (HistorySeries series : eligible) {
        int index = all.indexOf(series);
        HistorySeries.AnnualLevels annual = series.annualLevels();
        double[] levels = annual.levels();
        int at = year - annual.firstYear();
        double actual = Math.log(levels[at] / levels[at - 1]);
        List<Double> targets = targetGrowthPct.getOrDefault(series.indicator(), List.of());
        long key = seed + 0x9E3779B97F4A7C15L * year + 0xBF58476D1CE4E5B9L * index;
        for (int m = 0; m < models.size(); m++) {
          double[] sample = fits.get(m)
              .get(series.indicator())
              .sampleAnnualLogGrowth(RandomSource.XO_RO_SHI_RO_128_PP.create(key), draws);
          Arrays.sort(sample);
          cases.get(m).add(score(index, sample, actual, targets));
        }
      }
    }
    if (cases.get(0).isEmpty()) {
      throw new InvalidInputException(Problem.ofFile(
          history.file(),
          "must have a year with at"
              + " least " + minYears + " years before it that every model can be fitted to, but "
              + (skipped.isEmpty()
                  ? "no indicator has that many years"
                  : "none has; last tried " + skipped.get(skipped.size() - 1))));
    }
    List<Score> scores = new ArrayList<>();
    for (int m = 0; m < models.size(); m++) {
      for (int i = 0; i < all.size(); i++) {
        int indicator = i;
        List<Case> own =
            cases.get(m).stream().filter(c -> c.indicator() == indicator).toList();
        if (!own.isEmpty()) {
          scores.add(mean(models.get(m), all.get(i).indicator(), own));
        }
      }
    }
    for (int m = 0; m < models.size(); m++) {
      scores.add(mean(models.get(m), ALL, cases.get(m)));
    }
    return new Backtest(scores, rank(models, cases), skipped);
  }

  private static List<HistorySeries> eligible(List<HistorySeries> all, int year, int minYears) {
    return all.stream()
        .filter(s -> {
          HistorySeries.AnnualLevels annual = s.annualLevels();
          return year - annual.firstYear() >= minYears && year <= annual.lastYear();
        })
        .toList();
  }

  private static Optional<String> firstProblem(List<GrowthModel> models, History known) {
    for (GrowthModel model : models) {
      for (String indicator : known.indicators()) {
        Optional<String> rule = Calibration.unsupported(model, known, indicator);
        if (rule.isPresent()) {
          return Optional.of(indicator + ": " + rule.get());
        }
      }
    }
    return Optional.empty();
  }

  private static Case score(int indicator, double[] sorted, double actual, List<Double> targets) {
    double[] pinball = new double[Simulator.LEVELS.length];
    for (int k = 0; k < pinball.length; k++) {
      double tau = Simulator.LEVELS[k];
      pinball[k] = ForecastScores.pinball(ForecastScores.quantile(sorted, tau), actual, tau);
    }
    boolean[] covered = new boolean[ForecastScores.CENTRAL.length];
    for (int k = 0; k < covered.length; k++) {
      covered[k] = ForecastScores.covers(sorted, actual, ForecastScores.CENTRAL[k]);
    }
    double ape = ForecastScores.absolutePercentageError(
        Math.exp(ForecastScores.quantile(sorted, 0.5)), Math.exp(actual));
    double brier = Double.NaN;
    if (!targets.isEmpty()) {
      brier = 0;
      for (double pct : targets) {
        double threshold = Math.log1p(pct / 100);
        brier += ForecastScores.brier(
                ForecastScores.shareAtLeast(sorted, threshold), actual >= threshold)
            / targets.size();
      }
    }
    return new Case(indicator, ForecastScores.crps(sorted, actual), pinball, covered, ape, brier);
  }

  private static Score mean(GrowthModel model, String indicator, List<Case> cases) {
    int n = cases.size();
    double[] pinball = new double[Simulator.LEVELS.length];
    double[] coverage = new double[ForecastScores.CENTRAL.length];
    double crps = 0;
    double ape = 0;
    double brier = 0;
    int briers = 0;
    for (Case c : cases) {
      crps += c.crps() / n;
      ape += c.ape() / n;
      for (int k = 0; k < pinball.length; k++) {
        pinball[k] += c.pinball()[k] / n;
      }
      for (int k = 0; k < coverage.length; k++) {
        coverage[k] += c.covered()[k] ? 1.0 / n : 0;
      }
      if (!Double.isNaN(c.brier())) {
        brier += c.brier();
        briers++;
      }
    }
    return new Score(
        model,
        indicator,
        n,
        crps,
        pinball,
        coverage,
        ape,
        briers == 0 ? Double.NaN : brier / briers);
  }

  private static List<Rank> rank(List<GrowthModel> models, List<List<Case>> cases) {
    int n = cases.get(0).size();
    double[] means = new double[models.size()];
    for (int m = 0; m < models.size(); m++) {
      means[m] = cases.get(m).stream().mapToDouble(Case::crps).sum() / n;
    }
    int best = 0;
    for (int m = 1; m < means.length; m++) {
      best = means[m] < means[best] ? m : best;
    }
    List<Rank> ranks = new ArrayList<>();
    for (int m = 0; m < models.size(); m++) {
      double[] d = new double[n];
      for (int c = 0; c < n; c++) {
        d[c] = cases.get(m).get(c).crps() - cases.get(best).get(c).crps();
      }
      double mean = Arrays.stream(d).sum() / n;
      double ss = Arrays.stream(d).map(x -> (x - mean) * (x - mean)).sum();
      ranks.add(new Rank(
          models.get(m), means[m], mean, n > 1 ? Math.sqrt(ss / (n - 1) / n) : Double.NaN));
    }
    ranks.sort(Comparator.comparingDouble(Rank::crps));
    return ranks;
  }
}
