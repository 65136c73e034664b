package dev.zhanwang.forecast;

import dev.zhanwang.scenario.JointRule;
import dev.zhanwang.sim.GroupCounts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "All targets met at once", counted honestly: each target group (one target stated as a level
 * and a growth, or twice with two values) counts once, by its rule, so that a report's two
 * readings of one target are not both demanded. From the kernel's counts: P(all groups met),
 * P(at least k of n) for every k, the expected number met, and per pair of groups P(B | A)
 * against P(B).
 *
 * @param rule the scenario's rule (a group may have its own, see {@link Group#rule})
 * @param groups every group, in the order of its first check
 * @param paths the paths simulated
 * @param counts the kernel's counts of the groups, in the order of {@code groups}
 */
public record JointOutcome(JointRule rule, List<Group> groups, long paths, GroupCounts counts) {
  /**
   * A pair's correlation must exceed this many standard errors under independence
   * ({@code 1 / sqrt(paths)}) to be shown as pulling together or against each other: the
   * largest of a few hundred pairs of independent groups reaches about 3 by chance.
   */
  public static final double NOISE_STANDARD_ERRORS = 4.0;

  /**
   * How many pairs pulling together, and how many pulling against each other, the terminal and
   * the manifest show: the strongest few say which targets stand or fall together; joint.csv has
   * every pair.
   */
  public static final int PAIRS_SHOWN = 3;

  /**
   * One target group.
   *
   * @param id the indicator its targets are measured on
   * @param rule how it counts
   * @param statements every check of it, in order
   * @param counted the checks its rule asks for (one of them under {@link JointRule#ANY})
   * @param met paths on which it counted as met
   */
  public record Group(
      String id,
      JointRule rule,
      List<TargetOutcome> statements,
      List<TargetOutcome> counted,
      long met) {
    public Group {
      statements = List.copyOf(statements);
      counted = List.copyOf(counted);
    }

    /** Whether the report states this target more than once. */
    public boolean statedMoreThanOnce() {
      return statements.size() > 1;
    }
  }

  /**
   * Two groups and the paths on which both were met.
   *
   * @param given the group conditioned on, {@code A} in {@code P(B | A)}
   * @param other {@code B}
   */
  public record Pair(Group given, Group other, long both, long paths) {
    /** {@code P(B | A)}: the share of the paths meeting {@code A} that also meet {@code B}. */
    public double conditional() {
      return given.met() == 0 ? Double.NaN : (double) both / given.met();
    }

    /**
     * The correlation of the two groups' met/missed indicators (phi): the sign says whether they
     * pull together or against each other, its size how much, on one scale for every pair.
     */
    public double correlation() {
      double pa = (double) given.met() / paths;
      double pb = (double) other.met() / paths;
      double spread = Math.sqrt(pa * (1 - pa) * pb * (1 - pb));
      return spread == 0 ? 0.0 : ((double) both / paths - pa * pb) / spread;
    }
  }

  public JointOutcome {
    groups = List.copyOf(groups);
    if (counts.groupCount() != groups.size()) {
      throw new IllegalArgumentException(
          groups.size() + " groups but counts of " + counts.groupCount());
    }
  }

  /** No groups: a forecast without targets it can check. */
  public static JointOutcome none(long paths) {
    return new JointOutcome(
        JointRule.FIRST, List.of(), paths, new GroupCounts(new long[0], new long[1], new long[0]));
  }

  public int groupCount() {
    return groups.size();
  }

  /** Paths on which every group was met. */
  public long allMet() {
    return counts.atLeast(groups.size());
  }

  /** Paths on which at least {@code k} of the groups were met. */
  public long atLeast(int k) {
    return counts.atLeast(k);
  }

  /** The expected number of groups met: the mean over paths, which is also the sum of P(met). */
  public double expectedCount() {
    double sum = 0.0;
    long[] metCount = counts.metCount();
    for (int j = 0; j < metCount.length; j++) {
      sum += (double) j * metCount[j];
    }
    return sum / paths;
  }

  /** Monte Carlo standard error of {@link #expectedCount}: the s.d. of the count over sqrt(n). */
  public double expectedCountStdError() {
    double mean = expectedCount();
    double squares = 0.0;
    long[] metCount = counts.metCount();
    for (int j = 0; j < metCount.length; j++) {
      squares += (j - mean) * (j - mean) * metCount[j];
    }
    return paths > 1 ? Math.sqrt(squares / (paths - 1) / paths) : Double.NaN;
  }

  /**
   * Every pair of groups, once, the more likely group as the one conditioned on (its
   * {@code P(B | A)} rests on more paths); empty when the kernel did not count pairs (more than
   * {@link GroupCounts#MAX_PAIR_GROUPS} groups).
   */
  public List<Pair> pairs() {
    List<Pair> pairs = new ArrayList<>();
    if (!counts.pairsCounted()) {
      return pairs;
    }
    for (int a = 0; a < groups.size(); a++) {
      for (int b = a + 1; b < groups.size(); b++) {
        Group ga = groups.get(a);
        Group gb = groups.get(b);
        boolean aGiven = ga.met() >= gb.met();
        pairs.add(new Pair(aGiven ? ga : gb, aGiven ? gb : ga, counts.bothMet(a, b), paths));
      }
    }
    return pairs;
  }

  /**
   * The pairs that pull together most (largest positive correlation) or against each other most
   * (most negative), at most {@code perSide} of each, strongest first, and only those beyond
   * Monte Carlo noise ({@link #NOISE_STANDARD_ERRORS}).
   */
  public List<Pair> strongestPairs(int perSide, boolean together) {
    double noise = NOISE_STANDARD_ERRORS / Math.sqrt(paths);
    Comparator<Pair> strongest = Comparator.comparingDouble(Pair::correlation);
    return pairs().stream()
        .filter(p -> together ? p.correlation() > noise : p.correlation() < -noise)
        .sorted(together ? strongest.reversed() : strongest)
        .limit(perSide)
        .toList();
  }
}
