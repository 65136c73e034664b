package dev.zhanwang.nowcast;

import static dev.zhanwang.data.Year.MONTHS;

import dev.zhanwang.data.Actual;
import dev.zhanwang.data.Actuals;
import dev.zhanwang.data.Figure;
import dev.zhanwang.data.Target;
import dev.zhanwang.model.GrowthPath;
import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.model.MonthlyForm;
import dev.zhanwang.nowcast.TargetNowcast.MonthProbability;
import dev.zhanwang.nowcast.TargetNowcast.Probability;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.scenario.StatusThresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Nowcasts a scenario's targets from year-to-date actuals. Per indicator, its model's
 * {@link dev.zhanwang.model.MonthlyForm} is conditioned on the actuals published up to each month
 * and the rest of the year drawn: P(target met | data to month m) is the share of draws of the
 * year's total at or above what the target asks for.
 *
 * <p>What is observed: a row's year-to-date value {@code C_m}; for a growth-only row,
 * {@code C_m = (1 + G_m) B_m} with {@code B_m} the 2022 figure's seasonal path (its total spread by
 * the scenario's seasonality; for a rate, {@code m/12} of a year of 1). Where a row gives both,
 * the comparable prior-year base {@code C_m / (1 + G_m)} it implies replaces {@code B_m}, and the
 * prior year's total is scaled alike, so a growth target is checked on the comparable basis
 * (同口径); the difference is reported ({@link Restatement}).
 *
 * <p>Each indicator is conditioned on its own actuals; correlations between indicators are not
 * used, so each P(met) is the indicator's own (marginal) nowcast. Indicators whose model has no
 * monthly form, with project events, or composites (GDP growth from its sectors) are named in
 * {@link Nowcast#notNowcast()}.
 *
 * <p>Random numbers: one xoroshiro128++ stream per indicator and month, jumped from the seed in a
 * fixed order, so the same inputs give the same figures. Single-threaded.
 */
public final class Nowcaster {
  private static final int BLOCK = 8192;

  private Nowcaster() {}

  /**
   * Runs the nowcast.
   *
   * @param asOf the last month of actuals to use, 1..12
   * @param paths draws per probability, at least 1
   */
  public static Nowcast run(
      Scenario scenario,
      Actuals actuals,
      int asOf,
      long paths,
      long seed,
      StatusThresholds thresholds) {
    JumpableUniformRandomProvider root =
        (JumpableUniformRandomProvider) RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    TreeSet<Integer> allMonths = new TreeSet<>();
    actuals.rows().stream()
        .filter(row -> row.month() <= asOf)
        .forEach(row -> allMonths.add(row.month()));
    List<TargetNowcast> rows = new ArrayList<>();
    List<Restatement> restatements = new ArrayList<>();
    List<String> notNowcast = new ArrayList<>();
    for (IndicatorSpec spec : scenario.indicators()) {
      List<Target> targets = scenario.baseline().targetsOn(spec.id());
      List<Actual> observed = actuals.of(spec.id(), asOf);
      Indicator indicator = Indicator.of(scenario, spec);
      restatements.addAll(indicator.restatements(observed, scenario.year()));
      if (targets.isEmpty()) {
        continue;
      }
      Optional<MonthlyForm> form = spec.model().monthlyForm(spec, indicator.expected());
      boolean events =
          scenario.events().stream().anyMatch(event -> event.indicator().equals(spec.id()));
      if (form.isEmpty() || events) {
        String why = events
            ? "its project events are not conditioned on actuals"
            : "its model " + spec.variant().label() + " has no monthly form yet";
        targets.forEach(t -> notNowcast.add(t.id() + ": " + why));
        continue;
      }
      rows.addAll(indicator.nowcast(
          form.get(), targets, observed, paths, root, thresholds, scenario.year()));
    }
    for (Target target : scenario.baseline().targets()) {
      boolean composite =
          scenario.composites().stream().anyMatch(c -> c.id().equals(target.indicator()));
      if (composite) {
        notNowcast.add(target.id() + ": a composite of other indicators, not nowcast on its own");
      }
    }
    return new Nowcast(
        scenario.name(),
        scenario.year(),
        asOf,
        paths,
        seed,
        thresholds,
        List.copyOf(allMonths),
        rows,
        restatements,
        notNowcast);
  }

  /**
   * P(met | data to {@code asOf}) of every target check {@link #run} nowcasts, in its order, and
   * nothing else: no start-of-year figures, no month-by-month path. The step whose cost only
   * the remaining months make ({@code NowcastBenchmark} times it against {@code asOf} 0, the
   * whole year).
   */
  public static double[] probabilitiesAsOf(
      Scenario scenario, Actuals actuals, int asOf, long paths, long seed) {
    JumpableUniformRandomProvider root =
        (JumpableUniformRandomProvider) RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    List<Double> probabilities = new ArrayList<>();
    for (IndicatorSpec spec : scenario.indicators()) {
      List<Target> targets = scenario.baseline().targetsOn(spec.id());
      Indicator indicator = Indicator.of(scenario, spec);
      Optional<MonthlyForm> form = spec.model().monthlyForm(spec, indicator.expected());
      boolean events =
          scenario.events().stream().anyMatch(event -> event.indicator().equals(spec.id()));
      if (targets.isEmpty() || form.isEmpty() || events) {
        continue;
      }
      List<Actual> observed = actuals.of(spec.id(), asOf);
      List<Check> checks = indicator.checks(targets, indicator.restatementRatio(observed));
      int[] months = observed.stream().mapToInt(Actual::month).toArray();
      double[] ytd = observed.stream().mapToDouble(indicator::ytd).toArray();
      long[] met = met(form.get().given(months, ytd), totals(checks), paths, root.jump());
      for (long count : met) {
        probabilities.add((double) count / paths);
      }
    }
    return probabilities.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * One indicator on the scale of its monthly form: expected months, prior-year total and
   * seasonal year-to-date path.
   */
  private record Indicator(
      IndicatorSpec spec, boolean flow, double[] expected, double base12, double[] baseYtd) {

    static Indicator of(Scenario scenario, IndicatorSpec spec) {
      double g = spec.growthPct() / 100.0;
      double[] expected = new double[MONTHS];
      double[] baseYtd = new double[MONTHS + 1];
      double base12 = 1.0;
      double[] shares = spec.seasonality();
      if (spec.flow()) {
        base12 = scenario
            .baseline()
            .figure(spec.id())
            .filter(Figure::hasLevel)
            .map(f -> f.value().getAsDouble())
            .orElseThrow(() -> new IllegalStateException(spec.id() + " has no 2022 level"));
      }
      double cumulative = 0.0;
      for (int t = 0; t < MONTHS; t++) {
        if (!spec.flow()) {
          expected[t] = (1.0 + g) / MONTHS;
          baseYtd[t + 1] = (t + 1.0) / MONTHS;
          continue;
        }
        expected[t] = spec.growthPath() == GrowthPath.COMPOUND
            ? base12 / MONTHS * Math.pow(1.0 + g, (t + 1.0) / MONTHS)
            : base12 * shares[t] * (1.0 + g);
        cumulative += base12 * shares[t];
        baseYtd[t + 1] = cumulative;
      }
      return new Indicator(spec, spec.flow(), expected, base12, baseYtd);
    }

    /** The year to date an actual gives, derived from its growth when it gives no value. */
    double ytd(Actual actual) {
      return actual.value().isPresent()
          ? actual.value().getAsDouble()
          : (1.0 + actual.growthPct().getAsDouble() / 100.0) * baseYtd[actual.month()];
    }

    /** The comparable prior-year base over the seasonal path, from the last row giving both. */
    double restatementRatio(List<Actual> observed) {
      double ratio = 1.0;
      for (Actual actual : observed) {
        if (actual.value().isPresent() && actual.growthPct().isPresent()) {
          ratio = implied(actual) / baseYtd[actual.month()];
        }
      }
      return ratio;
    }

    private static double implied(Actual actual) {
      return actual.value().getAsDouble() / (1.0 + actual.growthPct().getAsDouble() / 100.0);
    }

    List<Restatement> restatements(List<Actual> observed, int year) {
      List<Restatement> list = new ArrayList<>();
      for (Actual actual : observed) {
        if (flow && actual.value().isPresent() && actual.growthPct().isPresent()) {
          list.add(new Restatement(
              spec.id(),
              actual.period(year),
              actual.value().getAsDouble(),
              actual.growthPct().getAsDouble(),
              implied(actual),
              baseYtd[actual.month()]));
        }
      }
      return list;
    }

    List<TargetNowcast> nowcast(
        MonthlyForm form,
        List<Target> targets,
        List<Actual> observed,
        long paths,
        JumpableUniformRandomProvider root,
        StatusThresholds thresholds,
        int year) {
      double ratio = restatementRatio(observed);
      List<Check> checks = checks(targets, ratio);
      double[] totals = totals(checks);
      long[] startMet = met(form.given(new int[0], new double[0]), totals, paths, root.jump());
      List<long[]> pathMet = new ArrayList<>();
      for (int i = 0; i < observed.size(); i++) {
        List<Actual> upTo = observed.subList(0, i + 1);
        int[] months = upTo.stream().mapToInt(Actual::month).toArray();
        double[] ytd = upTo.stream().mapToDouble(this::ytd).toArray();
        pathMet.add(met(form.given(months, ytd), totals, paths, root.jump()));
      }
      Optional<Actual> last =
          observed.isEmpty() ? Optional.empty() : Optional.of(observed.get(observed.size() - 1));
      int m = last.map(Actual::month).orElse(0);
      double cm = last.map(this::ytd).orElse(0.0);
      List<TargetNowcast> rows = new ArrayList<>();
      for (int c = 0; c < checks.size(); c++) {
        Check check = checks.get(c);
        Probability start = Probability.of(startMet[c], paths);
        Probability now =
            pathMet.isEmpty() ? start : Probability.of(pathMet.get(pathMet.size() - 1)[c], paths);
        List<MonthProbability> path = new ArrayList<>();
        for (int i = 0; i < observed.size(); i++) {
          path.add(new MonthProbability(
              observed.get(i).month(),
              observed.get(i).period(year),
              Probability.of(pathMet.get(i)[c], paths)));
        }
        double base = base12 * ratio;
        double share = shareOfSeasons(m);
        rows.add(new TargetNowcast(
            check.target(),
            check.growth(),
            flow,
            check.threshold(),
            check.yearTotal(),
            m,
            last,
            last.isPresent() ? cm : Double.NaN,
            flow && last.isPresent() ? 100.0 * cm / check.yearTotal() : Double.NaN,
            100.0 * m / MONTHS,
            100.0 * share,
            start,
            now,
            100.0 * RequiredGrowth.of(check.yearTotal(), base, cm, baseYtd[m] * ratio),
            100.0 * (check.yearTotal() / base - 1.0),
            Status.of(now.value(), thresholds),
            path));
      }
      return rows;
    }

    /**
     * The checks of {@code targets}: a flow's level, and growth on the prior year's total scaled
     * by the restatement {@code ratio}.
     */
    List<Check> checks(List<Target> targets, double ratio) {
      List<Check> checks = new ArrayList<>();
      for (Target target : targets) {
        if (flow && target.value().isPresent()) {
          double v = target.value().getAsDouble();
          checks.add(new Check(target, false, v, v));
        }
        if (target.growthPct().isPresent()) {
          double g = target.growthPct().getAsDouble();
          checks.add(new Check(target, true, g, (1.0 + g / 100.0) * base12 * ratio));
        }
      }
      return checks;
    }

    /** The seasonal share of the year done by month {@code m}: {@code B_m / B12}. */
    private double shareOfSeasons(int m) {
      return baseYtd[m] / baseYtd[MONTHS];
    }
  }

  /** One check: what the year's total must reach. */
  private record Check(Target target, boolean growth, double threshold, double yearTotal) {}

  private static double[] totals(List<Check> checks) {
    return checks.stream().mapToDouble(Check::yearTotal).toArray();
  }

  /** How many of {@code paths} draws of the year's total reach each of {@code totals}. */
  static long[] met(
      MonthlyForm.RestOfYear year, double[] totals, long paths, UniformRandomProvider random) {
    long[] met = new long[totals.length];
    double[] draws = new double[BLOCK];
    for (long from = 0; from < paths; from += BLOCK) {
      int n = (int) Math.min(BLOCK, paths - from);
      year.annualTotals(random, draws, n);
      for (int c = 0; c < totals.length; c++) {
        double total = totals[c];
        long count = 0;
        for (int p = 0; p < n; p++) {
          count += draws[p] >= total ? 1 : 0;
        }
        met[c] += count;
      }
    }
    return met;
  }
}
