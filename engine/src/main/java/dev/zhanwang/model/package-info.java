/**
 * Growth-model variants ({@link dev.zhanwang.model.GrowthModel}) and how growth is laid over the
 * months ({@link dev.zhanwang.model.GrowthPath}), each with its formula in Javadoc.
 */
package dev.zhanwang.model;
