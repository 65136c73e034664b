package dev.zhanwang.sim;

import dev.zhanwang.scenario.JointRule;
import java.util.List;

/**
 * A target group as compiled: the checks of every target on one indicator (a target stated as a
 * level and a growth, or stated twice with two values), and the rule by which the group counts as
 * met in "all targets met at once". A target stated once is a group of one check.
 *
 * @param id the indicator the group's targets are measured on
 * @param group index into the plan's groups
 * @param statements every check of the group, in the targets file's order (a row's level before
 *     its growth)
 */
public record PlannedGroup(
    String id, int group, JointRule rule, List<PlannedCriterion> statements) {
  public PlannedGroup {
    statements = List.copyOf(statements);
    if (statements.isEmpty()) {
      throw new IllegalArgumentException(id + ": a target group needs a statement");
    }
  }

  /** The checks that must be met (under {@link JointRule#ANY}: one of them). */
  public List<PlannedCriterion> counted() {
    return rule.counted(statements);
  }
}
