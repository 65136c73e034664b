/**
 * Growth-model variants ({@link dev.zhanwang.model.GrowthModel}) and how growth is laid over the
 * months ({@link dev.zhanwang.model.GrowthPath}), each with its formula in Javadoc; the two-piece
 * normal ({@link dev.zhanwang.model.SplitNormal}) and factor correlation
 * ({@link dev.zhanwang.model.FactorStructure}) as pure functions; and
 * {@link dev.zhanwang.model.Calibration}, which fits the variants to a history into
 * {@link dev.zhanwang.model.FittedModel}s with standard errors.
 */
package dev.zhanwang.model;
