/**
 * Sweeps: a grid of scenario variants ({@link dev.zhanwang.scenario.SweepLoader}) run point by
 * point, each point's chunks merged in chunk order ({@link dev.zhanwang.sim.PointStatistics}), on
 * the engine's own threads ({@link dev.zhanwang.sweep.ThreadPoolRunner}) or on a cluster through
 * a {@link dev.zhanwang.sweep.ClusterRunners} provider such as the engine-spark module. The entry
 * type is {@link dev.zhanwang.sweep.Sweep}.
 */
package dev.zhanwang.sweep;
