/**
 * Model variants scored on a history: {@link dev.zhanwang.backtest.Backtest} refits each model at
 * every origin year and scores its forecast of the next year with the proper scores of
 * {@link dev.zhanwang.backtest.ForecastScores} (CRPS, pinball loss, interval coverage, Brier).
 */
package dev.zhanwang.backtest;
