package dev.zhanwang.scenario;

import java.util.Map;
import java.util.Objects;

/**
 * The scenario's {@code joint:} section: the rule by which each target group counts in "all
 * targets met at once" ({@link JointRule}), and the groups that follow another rule, by the
 * indicator the group's targets are measured on.
 *
 * @param rule the rule of every group not named in {@code groups}
 * @param groups rules for single groups, by indicator id
 */
public record JointRules(JointRule rule, Map<String, JointRule> groups) {
  /** Without a {@code joint:} section: each group counts by its first statement. */
  public static final JointRules DEFAULT = new JointRules(JointRule.FIRST, Map.of());

  public JointRules {
    Objects.requireNonNull(rule, "rule");
    groups = Map.copyOf(groups);
  }

  /** The rule of the group of targets on {@code indicator}. */
  public JointRule ruleFor(String indicator) {
    return groups.getOrDefault(indicator, rule);
  }
}
