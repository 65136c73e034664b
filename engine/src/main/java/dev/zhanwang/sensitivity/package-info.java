/**
 * What moves the odds of a target, under common random numbers (every run from the same seed
 * draws the same shocks): {@link dev.zhanwang.sensitivity.SensitivityAnalysis} gives a tornado of
 * one-at-a-time swings and a global measure from one run, and
 * {@link dev.zhanwang.sensitivity.GoalSeek} the growth that makes a target as likely as wanted, or
 * the target levels a scenario makes 50% and 80% likely.
 */
package dev.zhanwang.sensitivity;
