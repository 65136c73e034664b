package dev.zhanwang.sensitivity;

import dev.zhanwang.scenario.CompositeSpec;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.sim.PlanCompiler;
import dev.zhanwang.sim.PlannedCriterion;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One way a target is checked (its level or its growth), as compiled for the kernel, with the
 * indicators whose assumptions can move it: the target's own indicator, or a composite's parts.
 *
 * @param planned the compiled check
 * @param feeding the indicators whose values enter the checked outcome, sorted
 */
public record TargetCheck(PlannedCriterion planned, Set<String> feeding) {
  public TargetCheck {
    Objects.requireNonNull(planned, "planned");
    feeding = Set.copyOf(feeding);
  }

  /** {@code industrial_output_total level}. */
  public String label() {
    return targetId() + " " + criterion();
  }

  public String targetId() {
    return planned.target().id();
  }

  /** {@code level} or {@code growth}. */
  public String criterion() {
    return planned.growth() ? "growth" : "level";
  }

  /** The compiled criterion's index in the plan. */
  public int index() {
    return planned.criterion();
  }

  /** A series value in the plan's units on the target's own scale (growth in %, or the level). */
  public double onTargetScale(double seriesValue) {
    return planned.outcomeScale() * seriesValue + planned.outcomeShift();
  }

  /** Every check of the compiled scenario, or only those of {@code targetId} when not null. */
  public static List<TargetCheck> of(
      Scenario scenario, PlanCompiler.Compiled compiled, String targetId) {
    List<TargetCheck> checks = new ArrayList<>();
    for (PlannedCriterion planned : compiled.criteria()) {
      if (targetId != null && !planned.target().id().equals(targetId)) {
        continue;
      }
      String indicator = planned.target().indicator();
      Set<String> feeding = new TreeSet<>();
      scenario.composites().stream()
          .filter(c -> c.id().equals(indicator))
          .map(CompositeSpec::weights)
          .forEach(weights -> feeding.addAll(weights.keySet()));
      if (feeding.isEmpty()) {
        feeding.add(indicator);
      }
      checks.add(new TargetCheck(planned, feeding));
    }
    return checks;
  }
}
