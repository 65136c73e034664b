/**
 * What a run means for the planner: {@link dev.zhanwang.forecast.ForecastBuilder} turns the
 * kernel's results into a {@link dev.zhanwang.forecast.Forecast} of target probabilities
 * ({@link dev.zhanwang.forecast.TargetOutcome}) and year-to-date fans
 * ({@link dev.zhanwang.forecast.IndicatorFan}), with what the manifest records of the run
 * ({@link dev.zhanwang.forecast.RunInfo}).
 */
package dev.zhanwang.forecast;
