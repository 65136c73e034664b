package dev.zhanwang.cli;

import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.JointOutcome;
import dev.zhanwang.forecast.TargetOutcome;
import dev.zhanwang.report.ProbabilityText;
import dev.zhanwang.sim.GroupCounts;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The terminal's answer to "how likely are the targets together?": each target group counted once
 * by the rule printed (the groups stated more than once listed with what counts), P(all met),
 * P(at least k of n) for every k, the expected number met, and the pairs that pull together or
 * against each other most. joint.csv holds the same figures and every pair.
 */
final class JointTable {
  private static final int NAME = 40;

  private JointTable() {}

  static void print(Forecast forecast, PrintWriter out) {
    JointOutcome joint = forecast.joint();
    int n = joint.groupCount();
    if (n == 0) {
      return;
    }
    long paths = joint.paths();
    out.printf(
        Locale.ROOT,
        "%nTargets met together: %d target groups, each counted once (a target stated more than"
            + " once is one group). Rule %s (joint.rule in the scenario): a group counts as met"
            + " when %s.%n",
        n,
        joint.rule().label(),
        joint.rule().meaning());
    List<JointOutcome.Group> twice =
        joint.groups().stream().filter(JointOutcome.Group::statedMoreThanOnce).toList();
    if (!twice.isEmpty()) {
      out.printf(Locale.ROOT, "%-" + NAME + "s %-18s %s%n", "group", "P(met)", "counts");
      for (JointOutcome.Group group : twice) {
        String counts = (group.rule() != joint.rule() ? "(rule " + group.rule().label() + ") " : "")
            + statements(group.counted(), group.rule().anyOne() ? " or " : " and ");
        List<TargetOutcome> others = group.statements().stream()
            .filter(s -> !group.counted().contains(s))
            .toList();
        out.printf(
            Locale.ROOT,
            "%-" + NAME + "s %-18s %s%s%n",
            group.id(),
            ProbabilityText.of(group.met(), paths),
            counts,
            others.isEmpty() ? "" : "; not counted: " + statements(others, ", "));
      }
      out.printf(
          Locale.ROOT,
          "The other %d groups are each one target check, as above.%n",
          n - twice.size());
    }
    out.printf(
        Locale.ROOT,
        "%-" + NAME + "s %s%n",
        "all " + n + " groups met at once",
        ProbabilityText.of(joint.allMet(), paths));
    for (int k = n - 1; k >= 1; k--) {
      out.printf(
          Locale.ROOT,
          "%-" + NAME + "s %s%n",
          "at least " + k + " of " + n,
          ProbabilityText.of(joint.atLeast(k), paths));
    }
    out.printf(
        Locale.ROOT,
        "%-" + NAME + "s %s of %d%n",
        "expected number of groups met",
        ProbabilityText.withError(joint.expectedCount(), joint.expectedCountStdError()),
        n);
    pairs(joint, out);
  }

  private static void pairs(JointOutcome joint, PrintWriter out) {
    if (!joint.counts().pairsCounted()) {
      out.printf(
          Locale.ROOT,
          "Pairs of groups are counted up to %d groups; this scenario has %d.%n",
          GroupCounts.MAX_PAIR_GROUPS,
          joint.groupCount());
      return;
    }
    List<JointOutcome.Pair> together = joint.strongestPairs(JointOutcome.PAIRS_SHOWN, true);
    List<JointOutcome.Pair> against = joint.strongestPairs(JointOutcome.PAIRS_SHOWN, false);
    out.printf(
        Locale.ROOT,
        "Pairs: P(B | A) against P(B), A the likelier group; up to %d pulling together and %d"
            + " against each other, those with the largest correlation of met and missed beyond"
            + " noise (%.0f s.e.); all %d pairs in joint.csv:%n",
        JointOutcome.PAIRS_SHOWN,
        JointOutcome.PAIRS_SHOWN,
        JointOutcome.NOISE_STANDARD_ERRORS,
        joint.pairs().size());
    pairLines("together", together, joint.paths(), out);
    pairLines("against", against, joint.paths(), out);
  }

  private static void pairLines(
      String side, List<JointOutcome.Pair> pairs, long paths, PrintWriter out) {
    if (pairs.isEmpty()) {
      out.printf(Locale.ROOT, "  %-8s none beyond noise%n", side);
    }
    for (JointOutcome.Pair pair : pairs) {
      out.printf(
          Locale.ROOT,
          "  %-8s P(%s | %s) %s against %s (r %.2f)%n",
          side,
          pair.other().id(),
          pair.given().id(),
          ProbabilityText.of(pair.both(), pair.given().met()),
          ProbabilityText.of(pair.other().met(), paths),
          pair.correlation());
    }
  }

  private static String statements(List<TargetOutcome> outcomes, String separator) {
    return outcomes.stream().map(TargetOutcome::statement).collect(Collectors.joining(separator));
  }
}
