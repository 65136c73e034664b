/**
 * The model variants, one file each: a record implementing {@link dev.zhanwang.model.Model} (the
 * per-indicator parameters, the formula in Javadoc, and the {@link dev.zhanwang.model.Draw} that
 * the kernel and the backtest both sample) and its {@link dev.zhanwang.model.Variant} (scenario
 * keys and their rules, defaults when swapped in, fit to a history). {@link
 * dev.zhanwang.model.GrowthModel} is the closed set, by name. Beside them: what every indicator
 * has ({@link dev.zhanwang.model.IndicatorSpec}), how growth is laid over the months ({@link
 * dev.zhanwang.model.GrowthPath}), model swapping for comparisons ({@link
 * dev.zhanwang.model.ModelSwap}), the fits with standard errors ({@link
 * dev.zhanwang.model.Calibration}, {@link dev.zhanwang.model.FittedModel}) and pure functions such
 * as the two-piece normal ({@link dev.zhanwang.model.SplitNormal}).
 */
package dev.zhanwang.model;
