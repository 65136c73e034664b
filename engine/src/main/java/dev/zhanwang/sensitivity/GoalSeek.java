package dev.zhanwang.sensitivity;

import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.model.StandardNormal;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.sim.CriterionInfo;
import dev.zhanwang.sim.PlanCompiler;
import dev.zhanwang.sim.SimulationPlan;
import dev.zhanwang.sim.SimulationResult;
import dev.zhanwang.sim.Simulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Goal seek on P(target met), two ways.
 *
 * <p><b>The growth that gives a wanted probability</b> ({@link #growth}): P(met) as a function of
 * one indicator's {@code growth_pct}, each value simulated from the scenario's seed, so every step
 * draws the same shocks and the estimate {@code P^(g)} rises with {@code g} path by path (a higher
 * growth never turns a met path into a missed one). Its crossing of the wanted {@code p} is
 * bracketed by steps from the scenario's value (one uncertainty, doubling) and then bisected
 * until the bracket is a tenth of the answer's Monte Carlo error (estimated from the bracket's
 * secant slope as below), or 0.001 percentage points. Its Monte Carlo uncertainty is that of the crossing:
 * {@code se(g) = sqrt(p (1 - p) / n) / P'(g)}, with the slope {@code P'} from two more runs at
 * {@code g +- h} ({@code h} a quarter of the indicator's uncertainty, at least 0.25 points),
 * which pair path by path.
 *
 * <p><b>The targets a scenario makes 50% and 80% likely</b> ({@link #levels}): the outcome's 50%
 * and 20% quantiles, {@code P(outcome >= q_0.2) = 0.8}, each with a distribution-free 95% interval
 * from the order statistics {@code n (1 - p) -+ 1.96 sqrt(n p (1 - p))}.
 */
public final class GoalSeek {
  /** Bisection stops at the latest when the bracket is this narrow, in points of growth. */
  public static final double TOLERANCE_PCT = 0.001;

  private GoalSeek() {}

  /**
   * The growth of {@code indicator} found to give P(met) = {@code probability} for one check.
   *
   * @param growthPct the growth found, in percent
   * @param stdError its Monte Carlo standard error, in percentage points
   * @param probabilityAt the estimated P(met) at that growth (the first at or above the wanted)
   * @param slopePerPoint the estimated change of P(met) per percentage point of growth there
   * @param scenarioGrowthPct the indicator's growth in the scenario
   * @param probabilityInScenario P(met) at the scenario's growth
   * @param steps simulations run, slope runs included
   * @param simulationTime their simulation time in all
   */
  public record Growth(
      TargetCheck check,
      String indicator,
      double probability,
      double growthPct,
      double stdError,
      double probabilityAt,
      double slopePerPoint,
      double scenarioGrowthPct,
      double probabilityInScenario,
      long paths,
      int steps,
      Duration simulationTime) {}

  /** Thrown when no growth in (-100, 1000] % reaches the wanted probability. */
  public static final class Unreachable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreachable(String message) {
      super(message);
    }
  }

  /**
   * Seeks the growth of {@code indicator} that gives P(met) = {@code probability} for
   * {@code check}, at the scenario's run settings.
   *
   * @param stepDone told the number of each simulation as it finishes
   * @throws Unreachable when P(met) does not reach {@code probability} at any allowed growth, or
   *     the indicator does not move the check
   */
  public static Growth growth(
      Scenario scenario,
      TargetCheck check,
      String indicator,
      double probability,
      IntConsumer stepDone) {
    IndicatorSpec spec = scenario.indicator(indicator).orElseThrow();
    Stepper step = new Stepper(scenario, check, indicator, stepDone);
    double g0 = spec.growthPct();
    double p0 = step.at(g0);
    double width = Math.max(1.0, spec.uncertaintyPct().orElse(1.0));
    double low;
    double high;
    if (p0 >= probability) {
      high = g0;
      low = g0 - width;
      while (step.at(low) >= probability) {
        if (low <= -99.9) {
          throw new Unreachable(String.format(
              Locale.ROOT,
              "%s is met with P at least %.4f even at %s growth of -99.9%%",
              check.label(),
              probability,
              indicator));
        }
        high = low;
        width *= 2;
        low = Math.max(-99.9, low - width);
      }
    } else {
      low = g0;
      high = g0 + width;
      while (step.at(high) < probability) {
        if (high >= IndicatorSpec.MAX_GROWTH_PCT) {
          throw new Unreachable(String.format(
              Locale.ROOT,
              "%s is not met with P %.4f even at %s growth of %s%%%s",
              check.label(),
              probability,
              indicator,
              IndicatorSpec.MAX_GROWTH_PCT,
              check.feeding().contains(indicator)
                  ? ""
                  : " (" + indicator + " does not enter this target)"));
        }
        low = high;
        width *= 2;
        high = Math.min(IndicatorSpec.MAX_GROWTH_PCT, high + width);
      }
    }
    double pHigh = step.at(high);
    double pLow = step.at(low);
    double noise =
        Math.sqrt(probability * (1 - probability) / scenario.settings().paths());
    // Stop once the bracket is a tenth of the answer's Monte Carlo error, estimated with the
    // bracket's own secant slope, or at the fixed tolerance: narrower is noise.
    while (high - low > Math.max(TOLERANCE_PCT, 0.1 * noise * (high - low) / (pHigh - pLow))) {
      double mid = 0.5 * (low + high);
      double p = step.at(mid);
      if (p >= probability) {
        high = mid;
        pHigh = p;
      } else {
        low = mid;
        pLow = p;
      }
    }
    double h = Math.max(0.25, spec.uncertaintyPct().orElse(1.0) / 4);
    double slope = (step.at(high + h) - step.at(Math.max(-99.9, high - h)))
        / (high + h - Math.max(-99.9, high - h));
    long n = scenario.settings().paths();
    double se = Math.sqrt(probability * (1 - probability) / n) / slope;
    return new Growth(
        check, indicator, probability, high, se, pHigh, slope, g0, p0, n, step.count, step.time);
  }

  /** Runs the scenario with one indicator's growth changed; remembers every value it ran. */
  private static final class Stepper {
    private final Scenario scenario;
    private final TargetCheck check;
    private final String indicator;
    private final IntConsumer stepDone;
    private final Map<Double, Double> seen = new HashMap<>();
    int count;
    Duration time = Duration.ZERO;

    Stepper(Scenario scenario, TargetCheck check, String indicator, IntConsumer stepDone) {
      this.scenario = scenario;
      this.check = check;
      this.indicator = indicator;
      this.stepDone = stepDone;
    }

    double at(double growthPct) {
      Double known = seen.get(growthPct);
      if (known != null) {
        return known;
      }
      Scenario variant = Assumption.with(scenario, indicator, Assumption.Kind.GROWTH, growthPct);
      SimulationResult result = Simulator.runBinned(
          PlanCompiler.compile(variant).plan(), variant.settings(), Simulator.Progress.NONE);
      count++;
      time = time.plus(result.elapsed());
      stepDone.accept(count);
      double p = result.probabilityMet(check.index());
      seen.put(growthPct, p);
      return p;
    }
  }

  /**
   * A target level with the probability that the scenario reaches it.
   *
   * @param probability P(outcome >= level)
   * @param level the level (or growth, in %) on the target's scale
   * @param low lower end of its 95% interval
   * @param high upper end
   */
  public record Level(double probability, double level, double low, double high) {}

  /** The target levels of one check that are 50% and 80% likely, and the stated target's P. */
  public record Levels(TargetCheck check, double probabilityMet, List<Level> levels) {
    public Levels {
      levels = List.copyOf(levels);
    }
  }

  /** Probabilities of the levels {@link #levels} gives. */
  public static final double[] LIKELIHOODS = {0.5, 0.8};

  /**
   * The target levels that each check of {@code checks} reaches with probability 50% and 80% under
   * {@code scenario}, from one run at its settings.
   */
  public static List<Levels> levels(
      Scenario scenario, PlanCompiler.Compiled compiled, List<TargetCheck> checks) {
    SimulationPlan plan = compiled.plan();
    Simulator.Workspace workspace = Simulator.Workspace.allocate(plan, scenario.settings());
    SimulationResult result =
        Simulator.run(plan, scenario.settings(), Simulator.Progress.NONE, workspace);
    List<Levels> all = new ArrayList<>();
    for (TargetCheck check : checks) {
      CriterionInfo criterion = plan.criteria().get(check.index());
      float[] stored = workspace.values(criterion.series()).clone();
      Arrays.sort(stored);
      double offset = plan.storedOffset(criterion.series());
      int n = stored.length;
      List<Level> levels = new ArrayList<>();
      for (double p : LIKELIHOODS) {
        double q = 1 - p;
        double half = StandardNormal.inverseCdf(0.975) * Math.sqrt(n * p * q);
        levels.add(new Level(
            p,
            check.onTargetScale(orderStatistic(stored, n * q) - offset),
            check.onTargetScale(orderStatistic(stored, n * q - half) - offset),
            check.onTargetScale(orderStatistic(stored, n * q + half) - offset)));
      }
      all.add(new Levels(check, result.probabilityMet(check.index()), levels));
    }
    return all;
  }

  /**
   * The value with {@code rank} paths below it (0-based order statistic, clamped to the sample),
   * so that the share of paths at or above it is {@code 1 - rank / n}.
   */
  private static double orderStatistic(float[] sorted, double rank) {
    int i = (int) Math.floor(rank);
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
