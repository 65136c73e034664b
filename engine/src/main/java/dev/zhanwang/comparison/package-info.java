/**
 * One scenario under several models with common random numbers:
 * {@link dev.zhanwang.comparison.ModelSwap} puts one model in place of a scenario's, and
 * {@link dev.zhanwang.comparison.ModelComparison} holds the target probabilities per model with
 * the paired standard error of their spread.
 */
package dev.zhanwang.comparison;
