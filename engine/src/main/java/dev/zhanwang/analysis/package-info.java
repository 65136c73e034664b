/**
 * What a run means for the planner: {@link dev.zhanwang.analysis.ForecastBuilder} turns kernel
 * results into a {@link dev.zhanwang.analysis.Forecast} of target probabilities and fans.
 */
package dev.zhanwang.analysis;
