/**
 * What a run means for the planner: {@link dev.zhanwang.analysis.ForecastBuilder} turns kernel
 * results into a {@link dev.zhanwang.analysis.Forecast} of target probabilities and fans;
 * {@link dev.zhanwang.analysis.Backtest} scores model variants on a history by rolling-origin
 * forecasts, with the proper scores of {@link dev.zhanwang.analysis.ForecastScores}.
 */
package dev.zhanwang.analysis;
