package dev.zhanwang.scenariocompare;

import dev.zhanwang.forecast.TargetOutcome;
import dev.zhanwang.scenariocompare.CommonRandomRuns.VariantRun;
import java.util.List;
import java.util.Objects;

/**
 * Scenarios compared under common random numbers: each one's P(met) per target check, and for
 * every scenario after the first, its change from the first per target check with the paired
 * standard error and the change attributed to the groups of assumptions that differ.
 *
 * @param scenarios in the order given; the first is the base of every change
 * @param versus one per scenario after the first, in order
 */
public record ScenarioComparison(
    int year, long paths, long seed, List<ScenarioEntry> scenarios, List<Versus> versus) {
  public ScenarioComparison {
    scenarios = List.copyOf(scenarios);
    versus = List.copyOf(versus);
    if (scenarios.size() < 2 || versus.size() != scenarios.size() - 1) {
      throw new IllegalArgumentException("a comparison needs two scenarios or more, and one"
          + " attribution for each after the first");
    }
  }

  /** One scenario and its run. */
  public record ScenarioEntry(String name, String description, VariantRun run) {
    public ScenarioEntry {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(run, "run");
    }
  }

  /**
   * One scenario against the first.
   *
   * @param scenario its index in {@link #scenarios()}
   * @param groups the groups of assumptions in which it differs from the first
   * @param touchingNoTarget those of {@code groups} that can move no target check's distribution
   * @param rows per target check, then for all targets at once: the change's attribution
   */
  public record Versus(
      int scenario,
      List<AssumptionGroup> groups,
      List<AssumptionGroup> touchingNoTarget,
      List<Attribution> rows) {
    public Versus {
      groups = List.copyOf(groups);
      touchingNoTarget = List.copyOf(touchingNoTarget);
      rows = List.copyOf(rows);
    }
  }

  /**
   * The change of one row's P(met) shared out over the groups that can move it (the other groups
   * together as one share, when there are any).
   *
   * @param shares in the order of the groups, the other groups last; they sum to the change
   * @param exactSum true when the shares' sum equals the change exactly, in whole paths (always,
   *     by construction; kept so reports and tests can state it from the computation itself)
   * @param orders the random orders of the sampled attribution; 0 when exact
   * @param coalitions the hybrid scenarios the attribution needed (the two ends included)
   */
  public record Attribution(List<Share> shares, boolean exactSum, int orders, int coalitions) {
    public Attribution {
      shares = List.copyOf(shares);
    }

    public boolean sampled() {
      return orders > 0;
    }

    /** The sum of the shares, in P(met) units. */
    public double sum() {
      return shares.stream().mapToDouble(Share::change).sum();
    }
  }

  /**
   * One player's share of a change.
   *
   * @param label a group's label, or {@link #OTHERS}
   * @param groups the indices into {@link Versus#groups()} the share stands for
   * @param change in P(met) units (0.05 is 5 percentage points)
   * @param stdError the sampling standard error of a sampled attribution; 0 when exact
   */
  public record Share(String label, List<Integer> groups, double change, double stdError) {
    /** The label of the share of the groups that cannot move a row, taken together. */
    public static final String OTHERS = "other differences";

    public Share {
      groups = List.copyOf(groups);
    }
  }

  /** The target checks, as the first scenario saw them. */
  public List<TargetOutcome> checks() {
    return scenarios.get(0).run().forecast().outcomes();
  }

  /**
   * Scenario {@code s}'s P(met) minus the first's, on row {@code row} (a target check, or
   * {@code checks().size()} for all at once), and its paired standard error.
   */
  public double[] change(int s, int row) {
    return scenarios.get(s).run().differenceFrom(scenarios.get(0).run(), row);
  }

  /** Scenario {@code s}'s P(met) on row {@code row}. */
  public double probability(int s, int row) {
    VariantRun run = scenarios.get(s).run();
    return (double) run.met(row) / run.paths();
  }
}
