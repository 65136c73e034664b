package dev.zhanwang.sim;

/**
 * A threshold the kernel checks on every path: met when the series' value is at or above it.
 *
 * @param series index into the plan's series
 * @param threshold in the series' own units (a flow's level, or growth in percent)
 */
public record CriterionInfo(int series, double threshold) implements java.io.Serializable {}
