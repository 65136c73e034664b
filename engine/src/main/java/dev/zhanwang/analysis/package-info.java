/**
 * What a run means for the planner: {@link dev.zhanwang.analysis.ForecastBuilder} turns kernel
 * results into a {@link dev.zhanwang.analysis.Forecast} of target probabilities and fans;
 * {@link dev.zhanwang.analysis.Backtest} scores model variants on a history by rolling-origin
 * forecasts, with the proper scores of {@link dev.zhanwang.analysis.ForecastScores};
 * {@link dev.zhanwang.analysis.ModelSwap} puts one model in place of a scenario's, and
 * {@link dev.zhanwang.analysis.ModelComparison} holds a scenario's target probabilities per model.
 */
package dev.zhanwang.analysis;
