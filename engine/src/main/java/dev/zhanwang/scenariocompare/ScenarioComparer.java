package dev.zhanwang.scenariocompare;

import dev.zhanwang.forecast.TargetOutcome;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.scenariocompare.CommonRandomRuns.VariantRun;
import dev.zhanwang.scenariocompare.ScenarioComparison.Attribution;
import dev.zhanwang.scenariocompare.ScenarioComparison.ScenarioEntry;
import dev.zhanwang.scenariocompare.ScenarioComparison.Share;
import dev.zhanwang.scenariocompare.ScenarioComparison.Versus;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.LongUnaryOperator;

/**
 * Compares scenarios under common random numbers and attributes each one's change from the first.
 *
 * <p>For scenario {@code B} against the first, {@code A}: the groups in which they differ
 * ({@link ScenarioDifference}); per target check, a Shapley attribution of {@code P_B - P_A} over
 * the groups that can move that check, the remaining groups taken together as one player ("other
 * differences", whose share is Monte Carlo noise of redrawn paths when the rules of
 * {@link ScenarioDifference#touches} hold, and is shown rather than assumed away); for all targets
 * at once, over every group that can move a check plus the correlation. The game's value of a
 * coalition is the number of paths that meet the check in the hybrid scenario with that
 * coalition's groups from {@code B} and the rest from {@code A}, run on the same random numbers;
 * the empty coalition is {@code A}'s own run and the full one {@code B}'s, so the shares sum to
 * the reported change exactly. Hybrids are run once each and shared between checks.
 */
public final class ScenarioComparer {
  /**
   * Coalitions per attribution beyond which it is sampled: 32 gives exact values for up to five
   * players (four groups and the others), and about 30 hybrid runs for a sampled one.
   */
  public static final int DEFAULT_MAX_COALITIONS = 32;

  private final CommonRandomRuns runs;
  private final int maxCoalitions;
  private final BiConsumer<Integer, Integer> hybridStarted;

  /**
   * @param maxCoalitions coalitions per attribution up to which it is exact
   * @param hybridStarted told (run number, total runs) before each hybrid scenario runs
   */
  public ScenarioComparer(
      CommonRandomRuns runs, int maxCoalitions, BiConsumer<Integer, Integer> hybridStarted) {
    if (maxCoalitions < 2) {
      throw new IllegalArgumentException("at least 2 coalitions, but was " + maxCoalitions);
    }
    this.runs = runs;
    this.maxCoalitions = maxCoalitions;
    this.hybridStarted = hybridStarted;
  }

  /**
   * How each scenario after the first differs from it.
   *
   * @throws dev.zhanwang.input.InvalidInputException when a scenario cannot be compared with the
   *     first
   */
  public static List<ScenarioDifference> differences(List<Scenario> scenarios) {
    List<ScenarioDifference> differences = new ArrayList<>();
    for (Scenario other : scenarios.subList(1, scenarios.size())) {
      differences.add(ScenarioDifference.between(scenarios.get(0), other));
    }
    return differences;
  }

  /** Runs the scenarios and the hybrids the attributions need. */
  public ScenarioComparison compare(List<ScenarioDifference> differences) {
    Scenario first = differences.get(0).from();
    VariantRun base = runs.run(first);
    List<ScenarioEntry> entries = new ArrayList<>();
    entries.add(new ScenarioEntry(first.name(), first.description(), base));
    List<Versus> versus = new ArrayList<>();
    for (ScenarioDifference difference : differences) {
      Scenario other = difference.to();
      VariantRun run = runs.run(other);
      entries.add(new ScenarioEntry(other.name(), other.description(), run));
      versus.add(versus(entries.size() - 1, difference, base, run));
    }
    return new ScenarioComparison(
        first.year(), base.paths(), runs.settings().seed(), entries, versus);
  }

  private Versus versus(int index, ScenarioDifference difference, VariantRun base, VariantRun run) {
    List<AssumptionGroup> groups = difference.groups();
    List<TargetOutcome> checks = base.forecast().outcomes();
    List<List<Integer>> players = new ArrayList<>();
    Set<Integer> touchingAny = new LinkedHashSet<>();
    for (TargetOutcome check : checks) {
      List<Integer> touching = new ArrayList<>();
      for (int g = 0; g < groups.size(); g++) {
        if (difference.touches(g, check.target().indicator())) {
          touching.add(g);
        }
      }
      touchingAny.addAll(touching);
      players.add(touching);
    }
    List<Integer> joint = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      if (touchingAny.contains(g) || groups.get(g).kind() == AssumptionKind.CORRELATION) {
        joint.add(g);
      }
    }
    players.add(joint);
    List<AssumptionGroup> touchingNoTarget = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      if (!touchingAny.contains(g)) {
        touchingNoTarget.add(groups.get(g));
      }
    }
    Map<BitSet, VariantRun> hybrids = new HashMap<>();
    BitSet all = new BitSet();
    all.set(0, groups.size());
    hybrids.put(new BitSet(), base);
    hybrids.put(all, run);
    // A first pass with a value that runs nothing collects the hybrids, to say how many remain.
    Set<BitSet> needed = new LinkedHashSet<>();
    for (int row = 0; row < players.size(); row++) {
      attribute(row, players.get(row), groups.size(), coalition -> {
        if (!hybrids.containsKey(coalition)) {
          needed.add(coalition);
        }
        return 0L;
      });
    }
    int[] started = {0};
    List<Attribution> rows = new ArrayList<>();
    for (int row = 0; row < players.size(); row++) {
      int r = row;
      Shapley.Values values = attribute(row, players.get(row), groups.size(), coalition -> {
        VariantRun hybrid = hybrids.get(coalition);
        if (hybrid == null) {
          hybridStarted.accept(++started[0], needed.size());
          hybrid = runs.runForPairing(difference.hybrid(coalition));
          hybrids.put(coalition, hybrid);
        }
        return hybrid.met(r);
      });
      rows.add(attribution(
          values, players.get(row), groups, base.paths(), run.met(row) - base.met(row)));
    }
    return new Versus(index, groups, touchingNoTarget, rows);
  }

  /** The Shapley values of one row, with {@code value} given the coalition's groups. */
  private Shapley.Values attribute(
      int row, List<Integer> touching, int groupCount, Function<BitSet, Long> value) {
    List<BitSet> playerGroups = playerGroups(touching, groupCount);
    LongUnaryOperator game = mask -> {
      BitSet coalition = new BitSet();
      for (int p = 0; p < playerGroups.size(); p++) {
        if ((mask & (1L << p)) != 0) {
          coalition.or(playerGroups.get(p));
        }
      }
      return value.apply(coalition);
    };
    return Shapley.of(playerGroups.size(), game, maxCoalitions, runs.settings().seed() + row);
  }

  /** Each touching group its own player, then the other groups together, when there are any. */
  private static List<BitSet> playerGroups(List<Integer> touching, int groupCount) {
    List<BitSet> players = new ArrayList<>();
    BitSet others = new BitSet();
    others.set(0, groupCount);
    for (int g : touching) {
      BitSet one = new BitSet();
      one.set(g);
      players.add(one);
      others.clear(g);
    }
    if (!others.isEmpty()) {
      players.add(others);
    }
    return players;
  }

  private static Attribution attribution(
      Shapley.Values values,
      List<Integer> touching,
      List<AssumptionGroup> groups,
      long paths,
      long changeInPaths) {
    List<BitSet> playerGroups = playerGroups(touching, groups.size());
    List<Share> shares = new ArrayList<>();
    for (int p = 0; p < values.players(); p++) {
      List<Integer> members = playerGroups.get(p).stream().boxed().toList();
      String label = p < touching.size() ? groups.get(touching.get(p)).label() : Share.OTHERS;
      shares.add(new Share(label, members, values.value(p) / paths, values.stdError(p) / paths));
    }
    boolean exactSum = values
        .sumNumerator()
        .equals(values.denominator().multiply(BigInteger.valueOf(changeInPaths)));
    return new Attribution(shares, exactSum, values.orders(), values.coalitions());
  }
}
