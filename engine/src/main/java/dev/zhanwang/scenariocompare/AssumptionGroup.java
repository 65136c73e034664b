package dev.zhanwang.scenariocompare;

import java.util.Objects;

/**
 * One group of differing assumptions between two scenarios: the player of the Shapley
 * attribution.
 *
 * @param indicator the indicator or composite the group is about; empty for the correlation
 * @param kind what about it differs
 * @param change the change in words, first scenario's value then the other's ({@code 17 -> 5})
 */
public record AssumptionGroup(String indicator, AssumptionKind kind, String change) {
  public AssumptionGroup {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(change, "change");
  }

  /** {@code indicator kind}, or {@code correlation} alone. */
  public String label() {
    return indicator.isEmpty() ? kind.label() : indicator + " " + kind.label();
  }
}
