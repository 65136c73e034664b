package dev.zhanwang.sim;

import dev.zhanwang.data.Target;

/**
 * One way a target is checked, as compiled: which series, which threshold, and how to show the
 * series on the target's own scale.
 *
 * @param growth true when the target is a growth rate (shown in percent), false for a level
 * @param criterion index into {@link SimulationPlan#criteria()}
 * @param outcomeScale with {@code outcomeShift}: the outcome as the target states it is
 *     {@code outcomeScale * seriesValue + outcomeShift} (for a flow's growth: {@code 100/B}, -100)
 * @param unit the unit of the outcome on the target's scale
 * @param baseValue the 2022 value on the target's scale, NaN when the seed gives none
 * @param threshold the target on its own scale
 */
public record PlannedCriterion(
    Target target,
    boolean growth,
    int criterion,
    int series,
    double outcomeScale,
    double outcomeShift,
    String unit,
    double baseValue,
    double threshold) {}
